package org.chainatlas.shell;

import static org.chainatlas.shell.Table.Column.id;
import static org.chainatlas.shell.Table.Column.left;
import static org.chainatlas.shell.Table.Column.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables fitted to a terminal: 70 columns narrow the text, 200 leave it whole, and no cut splits a character. */
class TableFitTest {

    private static Table entries() {
        return Table.of(id("id"), left("name"), left("organisation"), right("entries"))
                .row("hyperledger", "Hyperledger Fabric (超级账本)", "Linux Foundation 开源基金会", "5")
                .row("ant-chain", "Ant Chain (蚂蚁链)", "蚂蚁集团 Ant Group, a very long organisation name", "12")
                .note("    - one note that is longer than any terminal this test pretends to have, and stays whole");
    }

    @Test
    void at200ColumnsTheTableIsWhole() {
        assertEquals(entries().render(), entries().render(200));
        assertEquals(entries().render(), entries().render(0), "0: --wide, a script");
    }

    @Test
    void at70ColumnsEveryRowFitsAndTheWidestTextIsCutWithAnEllipsis() {
        List<String> lines = entries().render(70);
        for (String line : lines.subList(0, 4)) {
            assertTrue(DisplayWidth.of(line) <= 70, line + " is " + DisplayWidth.of(line) + " columns");
        }
        assertTrue(lines.get(3).contains("…"), lines.get(3));
        assertTrue(lines.get(3).startsWith("ant-chain "), "ids are kept whole while text can give way: " + lines.get(3));
        assertTrue(lines.get(3).endsWith("12"), "numbers are never cut: " + lines.get(3));
        assertEquals("    - one note that is longer than any terminal this test pretends to have, and stays whole",
                lines.get(4), "a note is free text, not a column");
    }

    @Test
    void columnsStayAlignedAfterCutting() {
        List<String> lines = entries().render(60);
        int organisation = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("organisation")));
        for (String line : lines.subList(2, 4)) {
            String[] cells = line.split(" {2,}");
            assertEquals(organisation, DisplayWidth.of(line.substring(0, line.indexOf(cells[2]))), line);
        }
    }

    @Test
    void aCutNeverSplitsAChineseCharacter() {
        for (int width = 30; width <= 80; width++) {
            List<String> lines = Table.of(left("名称"), left("组织"))
                    .row("蚂蚁链蚂蚁链蚂蚁链蚂蚁链", "中国信息通信研究院中国信息通信研究院").render(width);
            String row = lines.get(2);
            assertTrue(DisplayWidth.of(row) <= Math.max(width, 2 * Table.NARROWEST + 2), width + ": " + row);
            assertTrue(row.chars().noneMatch(c -> c == '\uFFFD'), row);
            // Every cell is whole characters followed by at most one ellipsis.
            for (String cell : row.split(" {2,}")) {
                assertTrue(cell.indexOf('…') < 0 || cell.indexOf('…') == cell.length() - 1, cell);
            }
        }
    }

    @Test
    void idsAreCutOnlyWhenTextAloneCannotMakeRoom() {
        List<String> lines = Table.of(id("id"), left("name"))
                .row("industrial-information-security-center", "National Industrial Information Security Center")
                .render(40);
        assertTrue(DisplayWidth.of(lines.get(2)) <= 40, lines.get(2));
        assertTrue(lines.get(2).split(" {2,}")[1].length() <= Table.NARROWEST, "the text went down to its floor first");
    }
}
