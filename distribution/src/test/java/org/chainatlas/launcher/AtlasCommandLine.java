package org.chainatlas.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A private copy of the built distribution (target/chain-atlas), run as a user runs it: the
 * {@code bin/atlas} script in a child process, under {@code LANG=C}.
 */
final class AtlasCommandLine {

    /** What runs write into an installation, left behind by copies. */
    private static final Set<String> RUN_STATE = Set.of("data", "log");

    private final Path home;

    private AtlasCommandLine(Path home) {
        this.home = home;
    }

    /**
     * Copies the distribution into the folder as a fresh installation: its data/ and log/ start
     * empty (the build leaves target/chain-atlas warmed), so that every test starts the same way
     * and what a test's runs write is its own.
     */
    static AtlasCommandLine copyTo(Path folder) throws IOException {
        Path home = folder.resolve("chain-atlas");
        copy(OsgiHarness.DISTRIBUTION, home, RUN_STATE);
        return new AtlasCommandLine(home);
    }

    /** Copies the distribution whole, data/ included, as {@code cp -a} would: a moved installation. */
    static AtlasCommandLine copyWholeTo(Path folder) throws IOException {
        Path home = folder.resolve("chain-atlas");
        copy(OsgiHarness.DISTRIBUTION, home, Set.of());
        return new AtlasCommandLine(home);
    }

    /** A whole copy of this installation, data/ included, in the folder: as it stands now, for one test to change. */
    AtlasCommandLine copyTo(Path folder, boolean withData) throws IOException {
        Path copy = folder.resolve("chain-atlas");
        copy(home, copy, withData ? Set.of() : RUN_STATE);
        return new AtlasCommandLine(copy);
    }

    Path home() {
        return home;
    }

    /** The installation's log, for failure messages: where the details of a failed run are. */
    String log() throws IOException {
        Path log = home.resolve("log/chainatlas.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log/chainatlas.log)";
    }

    /** What one run printed: the raw bytes, since whether they are UTF-8 is itself tested. */
    record Run(int status, byte[] stdout, byte[] stderr) {

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        String err() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        /** Decodes strictly: throws on any byte sequence that is not UTF-8. */
        String strictOut() throws CharacterCodingException {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(stdout)).toString();
        }
    }

    Run run(String... args) throws IOException, InterruptedException {
        return runScript(home.resolve("bin/atlas"), args);
    }

    Run runScript(Path script, String... args) throws IOException, InterruptedException {
        return runIn(null, script, args);
    }

    /** Runs bin/atlas in a working directory, as a user who cd'd there: relative paths are resolved against it. */
    Run runIn(Path directory, String... args) throws IOException, InterruptedException {
        return runIn(directory, home.resolve("bin/atlas"), args);
    }

    /** Runs bin/atlas with its environment changed by {@code environment} (after LANG=C is set). */
    Run runWith(Consumer<Map<String, String>> environment, String... args) throws IOException, InterruptedException {
        return runIn(null, home.resolve("bin/atlas"), environment, args);
    }

    private Run runIn(Path directory, Path script, String... args) throws IOException, InterruptedException {
        return runIn(directory, script, unchanged -> { }, args);
    }

    private Run runIn(Path directory, Path script, Consumer<Map<String, String>> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "stdout", ".txt");
        Path err = Files.createTempFile(home, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        cLocale(builder.environment());
        environment.accept(builder.environment());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/atlas " + String.join(" ", args) + " did not end within 60 s");
        }
        try {
            return new Run(process.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /**
     * Starts {@code bin/atlas} without waiting for it, its output going to the given files: for
     * tests that watch the process while it runs, or kill it. The script execs Java, so the process
     * becomes the JVM itself.
     */
    Process start(Path stdout, Path stderr, String... args) throws IOException {
        return start(stdout, stderr, unchanged -> { }, args);
    }

    /** {@link #start(Path, Path, String...)} with the environment changed by {@code environment}. */
    Process start(Path stdout, Path stderr, Consumer<Map<String, String>> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/atlas").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        cLocale(builder.environment());
        environment.accept(builder.environment());
        return builder.start();
    }

    /** The plainest locale there is: ASCII, no UTF-8 anywhere in the environment. */
    private static void cLocale(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("LC_"));
        environment.put("LANG", "C");
    }

    private static void copy(Path from, Path to, Set<String> leftEmpty) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = from.relativize(dir);
                Files.createDirectories(to.resolve(relative.toString()));
                return leftEmpty.contains(relative.toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
