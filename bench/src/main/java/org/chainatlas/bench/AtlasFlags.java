package org.chainatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options {@code bin/atlas} passes to java, found by running the script itself against a
 * stand-in java that prints its arguments (class-data sharing off, so the script takes its plain
 * branch and touches nothing). The script decides by mode: a one-off command ({@code -c}) and an
 * open console may get different options, so the benchmarks can run each measurement the way the
 * product runs it. {@code AtlasFlags <atlas home> [-c]} prints them on one line.
 */
public final class AtlasFlags {
    private AtlasFlags() {
    }

    public static void main(String[] args) throws Exception {
        boolean command = args.length > 1 && "-c".equals(args[1]);
        System.out.println(String.join(" ", of(Path.of(args[0]), command)));
    }

    /** The options for {@code bin/atlas -c "..."} ({@code command} true) or for the console. */
    public static List<String> of(Path atlasHome, boolean command) throws IOException, InterruptedException {
        Path jdk = Files.createTempDirectory("fake-jdk");
        try {
            Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
            String version = System.getProperty("java.version");
            Files.writeString(java, "#!/bin/sh\n"
                    + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\"' >&2; exit 0; fi\n"
                    + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n", StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(atlasHome.resolve("bin/atlas").toString()));
            if (command) {
                cmd.addAll(List.of("-c", "atlas:stats"));
            }
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(false);
            builder.environment().put("JAVA_HOME", jdk.toString());
            builder.environment().put("ATLAS_CDS", "off");
            builder.environment().remove("JAVA_OPTS");
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = builder.start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            p.waitFor();
            List<String> options = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("-Dchainatlas.home=") || line.equals("-cp")) {
                    return options;
                }
                options.add(line);
            }
            return StartupMeasure.DEFAULT_FLAGS; // not the script we know: fall back
        } finally {
            StartupMeasure.deleteTree(jdk);
        }
    }
}
