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
        try (PtyConsole console = PtyConsole.open(atlas, 100, 40)) {
            console.type("atlas:list --layer ");
            int mark = console.mark();
            console.type(PtyConsole.TAB);
            String shown = console.await("(Service layer)", mark);
            assertTrue(shown.contains("base") && shown.contains("(Base layer)"), shown);
            console.type("\u0015atlas:show ant");
            mark = console.mark();
            console.type(PtyConsole.TAB + "\r");
            String card = console.await("Ant Chain", mark);
            assertTrue(card.contains("yrd-2022/ant-chain"), "the id was completed and the card shown:\n" + card);
        }
    }

    @Test
    void atSeventyColumnsTheListFitsTheWindow() throws Exception {
        try (PtyConsole console = PtyConsole.open(atlas, 70, 100)) {
            int mark = console.mark();
            console.type("atlas:datasets\r");
            String shown = console.await("yrd-2022", mark);
            console.await(PtyConsole.PROMPT, mark);
            // The prompt's lines are JLine's (it pads a fresh line with spaces and returns): only the table is measured.
            for (String line : console.since(mark).split("\n")) {
                assertTrue(line.contains(PtyConsole.PROMPT) || line.length() <= 70, "wider than the window: '" + line + "'");
            }
            assertTrue(shown.contains("…"), "the widest text was cut with an ellipsis:\n" + shown);

            mark = console.mark();
            console.type("atlas:datasets --wide\r");
            String whole = console.await("Yangtze River Delta industrial blockchain ecosystem map (2022)", mark);
            assertTrue(whole.lines().anyMatch(l -> l.length() > 70), "--wide printed the table fitted:\n" + whole);
        }
    }

    @Test
    void noPagerPrintsEverythingAtOnce() throws Exception {
        try (PtyConsole console = PtyConsole.open(atlas, 100, 12)) {
            int mark = console.mark();
            console.type("atlas:list --no-pager\r");
            console.await("35 entries", mark);
            console.await(PtyConsole.PROMPT, mark);
        }
    }

    @Test
    void outputTallerThanTheWindowGoesThroughThePagerAndQLeavesIt() throws Exception {
        try (PtyConsole console = PtyConsole.open(atlas, 100, 12)) {
            int mark = console.mark();
            console.type("atlas:list\r");
            String paged = console.await("hyperledger", mark);
            assertTrue(!paged.contains("35 entries"), "the pager stops at the first window:\n" + paged);
            console.type("q");
            mark = console.mark();
            console.type("atlas:layers\r");
            console.await("Service layer", mark);
        }
    }
}
