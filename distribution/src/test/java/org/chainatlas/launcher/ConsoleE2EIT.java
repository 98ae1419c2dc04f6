package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive console in a pseudo-terminal, as a person at a terminal uses it. */
class ConsoleE2EIT {

    @TempDir
    static Path folder;

    private static AtlasCommandLine atlas;

    @BeforeAll
    static void copyDistribution() throws Exception {
        atlas = AtlasCommandLine.copyTo(folder);
        // Long enough a listing that Ctrl-C comes while it is still being written.
        Path big = TestData.write(folder.resolve("big.json"), TestData.synthetic("big", "1.0.0", 60_000));
        AtlasCommandLine.Run install = atlas.run("atlas:install", big.toString());
        assertEquals(0, install.status(), install.err());
    }

    @Test
    void ctrlCStopsTheCommandAndTheConsoleKeepsWorking() throws Exception {
        try (PtyConsole console = PtyConsole.open(atlas, 100, 40)) {
            int mark = console.mark();
            console.type("atlas:list --all --no-pager\r");
            console.await("synthetic-", mark);
            console.type(PtyConsole.CTRL_C);
            String interrupted = console.await(PtyConsole.PROMPT, console.await("interrupted", mark).length() + mark);
            assertFalse(interrupted.contains("Exception"), interrupted);

            int next = console.run("atlas:layers");
            String layers = console.since(next);
            assertTrue(layers.contains("Base layer") && layers.contains("Service layer"), layers);
            assertFalse(console.text().contains("java."), console.text());
        }
    }

    @Test
    void watchingTwiceStillPrintsEachChangeOnceAndCanBeStopped() throws Exception {
        try (PtyConsole console = PtyConsole.open(atlas, 100, 40)) {
            console.run("atlas:watch");
            int mark = console.mark();
            Path dropped = atlas.home().resolve("deploy/dataset-example.json");
            Files.copy(TestData.EXAMPLE_JSON, dropped);
            console.await("+ dataset example-illustrative", mark);
            console.run("atlas:layers"); // anything printed by then has been printed
            assertEquals(1, occurrences(console.since(mark), "+ dataset example-illustrative"), console.since(mark));

            console.run("atlas:watch --stop");
            int stopped = console.mark();
            Files.delete(dropped);
            console.run("atlas:datasets"); // the removal is seen by then, or soon after: either way not printed
            assertFalse(console.since(stopped).contains("- dataset example-illustrative"), console.since(stopped));
        }
    }

    /** A change made by a command in this console is told once, by the command, in its language. */
    @Test
    void anInstallTypedInTheConsoleIsToldOnce() throws Exception {
        Path copy = Files.copy(TestData.EXAMPLE_JSON, folder.resolve("typed.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PtyConsole console = PtyConsole.open(atlas, 100, 40)) {
            int mark = console.mark();
            console.run("atlas:install --lang en " + copy);
            console.run("atlas:datasets"); // the live notification has come by then, or would come soon after
            console.run("atlas:layers");
            assertEquals(1, occurrences(console.since(mark), "dataset example-illustrative 1.0.0"), console.since(mark));

            int removed = console.mark();
            console.run("atlas:uninstall example-illustrative");
            console.run("atlas:datasets");
            console.run("atlas:layers");
            assertEquals(1, occurrences(console.since(removed), "dataset example-illustrative 1.0.0"), console.since(removed));
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void ctrlDLeavesQuietly() throws Exception {
        try (PtyConsole console = PtyConsole.open(atlas, 100, 40)) {
            int mark = console.mark();
            console.type(PtyConsole.CTRL_D);
            assertEquals(0, console.awaitExit());
            assertFalse(console.since(mark).contains("gosh"), console.since(mark));
        }
    }
}
