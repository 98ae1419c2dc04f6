package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive console in a real pseudo-terminal: Tab completion, a table at 70 columns, the pager. */
class ConsoleTerminalE2EIT {

    @TempDir
    static Path folder;
    private static AtlasCommandLine atlas;

    @BeforeAll
    static void copyDistribution() throws Exception {
        atlas = AtlasCommandLine.copyTo(folder);
    }

    @Test
    void tabCompletesALayerAfterLayerAndAnEntryIdAfterShow() throws Exception {
        try (ScriptConsole console = ScriptConsole.open(atlas.home(), 100, 40)) {
            console.type("atlas:list --layer ");
            console.clear();
            console.type("\t");
            String shown = console.await("(Service layer)");
            assertTrue(shown.contains("base") && shown.contains("(Base layer)"), shown);
            console.type("\u0015atlas:show ant");
            console.clear();
            console.type("\t\r");
            String card = console.await("Ant Chain");
            assertTrue(card.contains("yrd-2022/ant-chain"), "the id was completed and the card shown:\n" + card);
        }
    }

    @Test
    void atSeventyColumnsTheListFitsTheWindow() throws Exception {
        try (ScriptConsole console = ScriptConsole.open(atlas.home(), 70, 100)) {
            console.clear();
            console.type("atlas:datasets\r");
            String shown = console.await("yrd-2022");
            console.await("atlas> ");
            // The prompt's lines are JLine's (it pads a fresh line with spaces and returns): only the table is measured.
            for (String line : console.text().split("\n")) {
                assertTrue(line.contains("atlas> ") || line.length() <= 70, "wider than the window: '" + line + "'");
            }
            assertTrue(shown.contains("…"), "the widest text was cut with an ellipsis:\n" + shown);

            console.clear();
            console.type("atlas:datasets --wide\r");
            String whole = console.await("Yangtze River Delta industrial blockchain ecosystem map (2022)");
            assertTrue(whole.lines().anyMatch(l -> l.length() > 70), "--wide printed the table fitted:\n" + whole);
        }
    }

    @Test
    void noPagerPrintsEverythingAtOnce() throws Exception {
        try (ScriptConsole console = ScriptConsole.open(atlas.home(), 100, 12)) {
            console.clear();
            console.type("atlas:list --no-pager\r");
            console.await("35 entries");
            console.await("atlas> ");
        }
    }

    @Test
    void outputTallerThanTheWindowGoesThroughThePagerAndQLeavesIt() throws Exception {
        try (ScriptConsole console = ScriptConsole.open(atlas.home(), 100, 12)) {
            console.clear();
            console.type("atlas:list\r");
            console.await("hyperledger");
            assertTrue(!console.text().contains("35 entries"), "the pager stops at the first window:\n" + console.text());
            console.type("q");
            console.clear();
            console.type("atlas:layers\r");
            console.await("Service layer");
        }
    }
}
