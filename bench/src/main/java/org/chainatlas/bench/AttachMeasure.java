package org.chainatlas.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command from a second terminal while a console is open: {@code bin/atlas -c "atlas:stats"}
 * and {@code bin/atlas atlas:stats} attached to a console of the same installation (opened in a
 * terminal that script(1) provides), beside a plain JVM that prints one line ({@link Hello}, the
 * JVM's default options, its class in a folder of its own), whole processes, the variants
 * alternating so that all see the same machine.
 * {@code AttachMeasure <atlas home> <runs> <out.json>}; needs script(1).
 */
public final class AttachMeasure {

    private static final String SOCKET = "data/console.sock";
    private static final int WARM_UP = 3;

    private AttachMeasure() {
    }

    record Variant(String name, String description, List<String> command) {
    }

    public static void main(String[] args) throws Exception {
        Path atlasHome = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classes = helloClasses();
        String atlas = atlasHome.resolve("bin/atlas").toString();
        List<Variant> variants = List.of(
                new Variant("plain", "a plain JVM printing one line (`Hello`, the JVM's default options)",
                        List.of(java, "-cp", classes.toString(), Hello.class.getName())),
                new Variant("attached", "`bin/atlas -c \"atlas:stats\"` attached to an open console",
                        List.of(atlas, "-c", "atlas:stats")),
                new Variant("attached-words", "`bin/atlas atlas:stats` attached to an open console",
                        List.of(atlas, "atlas:stats")));

        Process console = openConsole(atlasHome);
        Map<String, List<StartupMeasure.Run>> all = new LinkedHashMap<>();
        try {
            awaitSocket(atlasHome.resolve(SOCKET), console);
            for (Variant v : variants) {
                for (int i = 0; i < WARM_UP; i++) {
                    check(v, StartupMeasure.run(v.command(), java));
                }
                all.put(v.name(), new ArrayList<>());
            }
            for (int i = 0; i < runs; i++) {
                for (Variant v : variants) {
                    StartupMeasure.Run r = check(v, StartupMeasure.run(v.command(), java));
                    all.get(v.name()).add(r);
                    System.out.printf("attach %-14s run %d: first output %.0f ms, exit %.0f ms%n", v.name(), i + 1,
                            r.firstOutputNanos() / 1e6, r.exitNanos() / 1e6);
                }
            }
        } finally {
            close(console);
        }
        JsonObject result = new JsonObject();
        result.addProperty("java", java);
        result.addProperty("runs", runs);
        JsonObject byVariant = new JsonObject();
        for (Variant v : variants) {
            JsonObject o = new JsonObject();
            o.addProperty("description", v.description());
            o.addProperty("command", String.join(" ", v.command()));
            List<StartupMeasure.Run> runsOf = all.get(v.name());
            // "warm", as in startup.json: the console, its caches and the archive are all there
            JsonObject warm = new JsonObject();
            warm.add("firstOutput", Timings.summary(runsOf.stream().mapToLong(StartupMeasure.Run::firstOutputNanos).toArray()));
            warm.add("exit", Timings.summary(runsOf.stream().mapToLong(StartupMeasure.Run::exitNanos).toArray()));
            o.add("warm", warm);
            byVariant.add(v.name(), o);
        }
        result.add("variants", byVariant);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(result),
                StandardCharsets.UTF_8);
    }

    private static StartupMeasure.Run check(Variant v, StartupMeasure.Run run) {
        if (run.status() != 0) {
            throw new IllegalStateException(v.name() + " failed with status " + run.status() + ": " + run.firstLine());
        }
        return run;
    }

    /** Hello's class alone in a folder: the yardstick reads no jar. */
    private static Path helloClasses() throws IOException {
        Path folder = Files.createTempDirectory("hello");
        Path file = folder.resolve(Hello.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        try (InputStream in = Hello.class.getResourceAsStream("Hello.class")) {
            Files.copy(in, file);
        }
        folder.toFile().deleteOnExit();
        return folder;
    }

    /** The console in a terminal of script(1)'s, its keyboard a pipe held open until {@link #close}. */
    private static Process openConsole(Path atlasHome) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("script", "-qfc",
                "stty cols 120 rows 40; exec '" + atlasHome.resolve("bin/atlas") + "'", "/dev/null")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TERM", "xterm");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        return builder.start();
    }

    private static void awaitSocket(Path socket, Process console) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(socket)) {
            if (!console.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the console never opened " + socket);
            }
            Thread.sleep(20);
        }
    }

    private static void close(Process console) throws InterruptedException {
        try (OutputStream keys = console.getOutputStream()) {
            keys.write("exit\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // already gone
        }
        if (!console.waitFor(30, TimeUnit.SECONDS)) {
            console.descendants().forEach(ProcessHandle::destroyForcibly);
            console.destroyForcibly();
        }
    }
}
