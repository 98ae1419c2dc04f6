package org.chainatlas.shell;

import static org.chainatlas.shell.Table.Column.left;
import static org.chainatlas.shell.Table.Column.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsMixedChineseAndEnglishByDisplayWidth() {
        List<String> lines = Table.of(left("id"), left("名称"), right("reported"), left("org"))
                .row("hyperledger", "超级账本", "5", "Linux Foundation")
                .row("ant-chain", "蚂蚁链（Ant Chain）", "12", "蚂蚁集团")
                .row("fisco-bcos", "FISCO BCOS", "231", "微众银行")
                .render();

        // Widths: id 11, 名称 19 (蚂蚁链 6 + （ 2 + "Ant Chain" 9 + ） 2), reported 8, org 16; gaps of 2.
        assertEquals(List.of(
                "id" + sp(11) + "名称" + sp(17) + "reported  org",
                "-".repeat(11) + "  " + "-".repeat(19) + "  " + "-".repeat(8) + "  " + "-".repeat(16),
                "hyperledger  超级账本" + sp(20) + "5  Linux Foundation",
                "ant-chain    蚂蚁链（Ant Chain）" + sp(8) + "12  蚂蚁集团",
                "fisco-bcos   FISCO BCOS" + sp(16) + "231  微众银行"), lines);
        for (String line : lines.subList(2, 5)) {
            assertEquals(13, columnOf(line, line.split(" {2,}")[1]), line);
        }
    }

    @Test
    void groupLabelsStartWhereTheirColumnDoes() {
        List<String> lines = Table.of(left("层"), right("报告数"), right("已命名"), right("报告数"), right("已命名"))
                .groups("", "A", "", "B")
                .row("底层", "12", "7", "3", "2").render();
        assertEquals(List.of(
                "      A               B",
                "层    报告数  已命名  报告数  已命名",
                "----  ------  ------  ------  ------",
                "底层      12       7       3       2"), lines);
    }

    @Test
    void rightAlignsNumbersUnderTheirHeader() {
        List<String> lines = Table.of(left("层"), right("已命名")).row("底层", "7").row("服务层", "24").render();
        assertEquals(List.of("层      已命名", "------  ------", "底层         7", "服务层      24"), lines);
    }

    @Test
    void cutsOverlongCellsAtTheColumnLimitWithoutBreakingAlignment() {
        List<String> lines = Table.of(left("name", 9), left("x"))
                .row("中国物流与采购联合会", "a")
                .row("CESI", "b")
                .render();
        assertEquals("中国物流…  a", lines.get(2));
        assertEquals("CESI       b", lines.get(3));
    }

    @Test
    void notesSitUnderTheirRowWithoutWideningColumns() {
        List<String> lines = Table.of(left("id"), right("n"))
                .row("yrd", "5")
                .note("    - layer 'middle' is not installed")
                .row("b", "1")
                .render();
        assertEquals(List.of("id   n", "---  -", "yrd  5", "    - layer 'middle' is not installed", "b    1"), lines);
    }

    @Test
    void headlessTablesHaveNoHeaderOrSeparatorAndNoTrailingSpaces() {
        List<String> lines = Table.headless(left(""), left("")).row("中文名", "蚂蚁链").row("id", "").render();
        assertEquals(List.of("中文名  蚂蚁链", "id"), lines);
        lines.forEach(l -> assertFalse(l.endsWith(" ")));
    }

    @Test
    void rejectsMoreCellsThanColumns() {
        assertThrows(IllegalArgumentException.class, () -> Table.of(left("a")).row("1", "2"));
    }

    private static String sp(int n) {
        return " ".repeat(n);
    }

    /** The display column at which {@code text} starts in {@code line}. */
    private static int columnOf(String line, String text) {
        return DisplayWidth.of(line.substring(0, line.indexOf(text)));
    }
}
