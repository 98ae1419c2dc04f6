package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs of bin/atlas ended by SIGKILL (no shutdown hook runs), and what the next run must show. */
final class Crashes {

    static final String RECOVERED = "atlas: the previous run ended without closing; recovered from the bundle cache";

    private Crashes() {
    }

    /** Starts bin/atlas and SIGKILLs it at a random moment {@code delay} ms on; says when. */
    static String killAfter(AtlasCommandLine atlas, long delay, String... args) throws Exception {
        Process process = atlas.start(temp(atlas, "out"), temp(atlas, "err"), args);
        if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
            return "never: it ended first (status " + process.exitValue() + ", after < " + delay + " ms)";
        }
        List<ProcessHandle> jvms = jvms(process.toHandle());
        for (int wait = 0; jvms.isEmpty() && process.isAlive() && wait < 100; wait++) {
            Thread.sleep(50); // still in the script, before Java starts
            jvms = jvms(process.toHandle());
        }
        String which = jvms.stream().map(j -> j.pid() == process.pid() ? "bin/atlas's own JVM" : "its child JVM")
                .findFirst().orElse("no JVM (none was running)");
        kill(process, jvms);
        return "after " + delay + " ms (" + which + "; bin/atlas status " + process.exitValue() + ")";
    }

    /**
     * Starts bin/atlas with the kill point {@code point} chosen (see the launcher's KillPoint), waits
     * until the run says it has reached it, and SIGKILLs it there. Fails if the run never gets there.
     */
    static void killAt(AtlasCommandLine atlas, String point, String... args) throws Exception {
        Path err = temp(atlas, "err");
        Process process = atlas.start(temp(atlas, "out"), err,
                environment -> environment.put("JAVA_OPTS", "-D" + KillPoint.PROPERTY + "=" + point), args);
        String reached = "atlas: at kill point " + point;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err, StandardCharsets.UTF_8).contains(reached)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                kill(process, jvms(process.toHandle()));
                throw new AssertionError("the run never reached kill point " + point + " (it "
                        + (process.isAlive() ? "was still running after 60 s" : "ended with status " + process.exitValue())
                        + "): " + Files.readString(err, StandardCharsets.UTF_8) + atlas.log());
            }
            Thread.sleep(10);
        }
        kill(process, jvms(process.toHandle()));
    }

    /**
     * The next run after a crash: it must start and answer, keep the built-in map whole, and say in
     * at most one line what it recovered. Returns that line ("" if the crash came before the
     * framework had started) and the datasets it reports.
     */
    static Recovery recover(AtlasCommandLine atlas) throws IOException, InterruptedException {
        AtlasCommandLine.Run run = atlas.run("-c", "atlas:datasets --json");
        assertEquals(0, run.status(), "the atlas did not come back after the crash: " + run.err() + atlas.log());
        JsonElement datasets = JsonParser.parseString(run.out());
        assertTrue(TestData.dataset(datasets, "yrd-2022").isPresent(), "the seed is gone: " + run.out());
        String line = run.err().strip();
        if (!line.isEmpty()) {
            assertEquals(1, line.lines().count(), "one line about the recovery: " + run.err());
            assertTrue(line.startsWith(RECOVERED) || line.startsWith("atlas: repaired the installation: "), line);
            assertTrue(line.contains("yrd-2022 1.0.0") || !line.startsWith(RECOVERED), line);
        }
        if (line.startsWith(RECOVERED)) {
            assertTrue(line.contains(" and 4 layers (application, base, middle, service)"), "the four layers: " + line);
        } else {
            AtlasCommandLine.Run layers = atlas.run("-c", "atlas:layers --json");
            assertEquals(4, JsonParser.parseString(layers.out()).getAsJsonArray().size(), "the four layers: " + layers.out());
        }
        return new Recovery(line, datasets);
    }

    record Recovery(String line, JsonElement datasets) {

        Optional<JsonObject> dataset(String id) {
            return TestData.dataset(datasets, id);
        }
    }

    /**
     * Bundles from bundle/ that should run at the start level of a one-off command but do not, as
     * `lb` shows them; the run must have nothing to say about a recovery.
     */
    static List<String> inactiveBootBundles(AtlasCommandLine atlas) throws IOException, InterruptedException {
        AtlasCommandLine.Run lb = atlas.run("-c", "lb");
        assertEquals(0, lb.status(), lb.err());
        assertEquals("", lb.err(), "the recovery is told once, not at every start");
        List<String> lines = lb.out().lines().toList();
        int level = Integer.parseInt(lines.get(0).replace("START LEVEL", "").strip());
        return lines.stream().skip(2).map(line -> line.split("\\|"))
                .filter(columns -> columns.length >= 4 && Integer.parseInt(columns[2].strip()) <= level)
                .filter(columns -> !"Active".equals(columns[1].strip()))
                .map(columns -> columns[3].strip())
                .toList();
    }

    private static void kill(Process process, List<ProcessHandle> jvms) throws Exception {
        jvms.forEach(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown hook, no cleanup
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/atlas did not end after its JVM was killed");
        }
    }

    /**
     * The process itself if it is Java by now, and its Java descendants: bin/atlas usually execs
     * Java, but runs it as a child in the run that writes its class-data-sharing archive.
     */
    private static List<ProcessHandle> jvms(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .toList();
    }

    private static Path temp(AtlasCommandLine atlas, String name) throws IOException {
        return Files.createTempFile(atlas.home(), "killed-" + name, ".txt");
    }
}
