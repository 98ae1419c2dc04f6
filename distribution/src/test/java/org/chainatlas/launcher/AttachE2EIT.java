package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second terminal while a console is open: {@code bin/atlas -c …} and {@code bin/atlas COMMAND
 * ARG…} run inside the console's atlas and answer as if run alone (output, errors, exit status,
 * paths relative to where they were typed), several at once; once the console is gone, closed or
 * killed, they start their own atlas again.
 */
class AttachE2EIT {

    private static final int PARALLEL = 6;

    @TempDir
    Path folder;

    @Test
    void commandsFromAnotherTerminalRunInTheOpenConsole() throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        try (PtyConsole console = PtyConsole.open(atlas, 120, 40)) {
            Path socket = atlas.home().resolve("data/console.sock");
            awaitFile(socket);
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(socket));

            AtlasCommandLine.Run layers = atlas.run("-c", "atlas:layers --json");
            assertEquals(0, layers.status(), layers.err() + atlas.log());
            JsonArray array = JsonParser.parseString(layers.out()).getAsJsonArray();
            assertEquals("base", array.get(0).getAsJsonObject().get("id").getAsString(), layers.out());
            assertEquals("", layers.err());

            AtlasCommandLine.Run missing = atlas.run("atlas:show", "nosuch");
            assertEquals(1, missing.status(), missing.out());
            assertEquals("", missing.out());
            assertEquals(List.of("no entry 'nosuch'; see atlas:list or atlas:search"), missing.err().lines().toList());

            // a relative path means the client's directory, not the console's
            Path here = Files.createDirectories(folder.resolve("elsewhere"));
            Files.copy(TestData.EXAMPLE_JSON, here.resolve("mine.json"));
            AtlasCommandLine.Run validated = atlas.runIn(here, "atlas:validate", "mine.json");
            assertEquals(0, validated.status(), validated.err());
            assertTrue(validated.out().contains("valid (dataset example-illustrative"), validated.out());

            AtlasCommandLine.Run clean = atlas.run("--clean", "-c", "atlas:layers");
            assertEquals(1, clean.status(), clean.out());
            assertTrue(clean.err().contains("console is open"), clean.err());

            inParallel(atlas, layers.out(), PARALLEL);

            console.type("exit\r");
            assertEquals(0, console.awaitExit(), "the console did not exit");
            assertFalse(Files.exists(socket), "the console left its socket behind");
        }
        // no console: the command starts an atlas of its own, as before
        AtlasCommandLine.Run alone = atlas.run("-c", "atlas:layers --json");
        assertEquals(0, alone.status(), alone.err() + atlas.log());
        assertEquals(4, JsonParser.parseString(alone.out()).getAsJsonArray().size());
        // and several at once take turns on the installation rather than fail
        inParallel(atlas, alone.out(), 3);
    }

    @Test
    void aSocketLeftByAKilledConsoleIsRemovedAndTheCommandRunsAlone() throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Path socket = atlas.home().resolve("data/console.sock");
        try (PtyConsole console = PtyConsole.open(atlas, 120, 40)) {
            awaitFile(socket);
            console.kill(); // SIGKILL: no shutdown hook, no clean-up
        }
        assertTrue(Files.exists(socket), "the killed console's socket should still be there for this test");
        AtlasCommandLine.Run run = atlas.run("atlas:show", "ant-chain", "--json");
        assertEquals(0, run.status(), run.err() + atlas.log());
        assertEquals("ant-chain", JsonParser.parseString(run.out()).getAsJsonObject().get("id").getAsString());
        assertFalse(Files.exists(socket), "the stale socket was not removed");
    }

    /** Several commands at once: the same answer for all. */
    private static void inParallel(AtlasCommandLine atlas, String expected, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<AtlasCommandLine.Run>> runs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                runs.add(pool.submit(() -> atlas.run("-c", "atlas:layers --json")));
            }
            for (Future<AtlasCommandLine.Run> future : runs) {
                AtlasCommandLine.Run run = future.get();
                assertEquals(0, run.status(), run.err());
                assertEquals(expected, run.out());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for the console's socket: a guard against hanging, not a time check. */
    private static void awaitFile(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline, "the console never opened " + file);
            Thread.sleep(20);
        }
    }
}
