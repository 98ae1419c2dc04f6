package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private final CsvExporter exporter = new CsvExporter();

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadChinese() {
        byte[] csv = SeedAtlas.exportBytes(exporter, SeedAtlas.seed(), Lang.ZH);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void oneRowPerNamedEntryUnderAChineseHeader() {
        List<List<String>> rows = rows(Lang.ZH);
        assertEquals(36, rows.size(), "header + 35 entries");
        assertEquals(List.of("编号", "数据集", "层", "层名称", "中文名", "英文名", "代码开放程度", "功能", "横向领域", "纵向产业",
                "服务方面", "机构（中文）", "机构（英文）", "地区", "来源", "来源日期", "主页", "链接", "备注（中文）", "备注（英文）"),
                rows.get(0));
        assertTrue(rows.stream().allMatch(r -> r.size() == rows.get(0).size()), "every row has every column");
        assertEquals(List.of("ant-chain", "yrd-2022", "base", "底层", "蚂蚁链", "Ant Chain", "暂时未开源底层平台", "", "", "", "",
                "", "", "", "产业区块链生态架构图", "2022-10-29", "", "", "", ""), row(rows, "ant-chain"));
    }

    @Test
    void theSeedsNotesAreInBothLanguages() {
        List<String> fisco = row(rows(Lang.EN), "fisco-bcos");
        assertEquals(List.of("原文写作“FISCOBCOS”。", "The seed writes it as “FISCOBCOS”."), fisco.subList(18, 20));
    }

    @Test
    void linksAndNotesReadBackExactlyWhateverTheyHold() {
        String csv = SeedAtlas.export(exporter, SeedAtlas.linked(), Lang.EN);
        List<List<String>> rows = parse(csv);
        assertEquals(List.of("homepage", "links", "note (zh)", "note (en)"), rows.get(0).subList(16, 20));
        assertEquals(List.of(SeedAtlas.HOMEPAGE,
                        SeedAtlas.HOMEPAGE + "\n" + SeedAtlas.DOCS + "\n" + SeedAtlas.JAVASCRIPT,
                        SeedAtlas.NOTE.zh(), SeedAtlas.NOTE.en()),
                row(rows, "fictional-linked").subList(16, 20), "one link a line; commas, quotes, pipes and line breaks kept");
        assertEquals(List.of(SeedAtlas.JAVASCRIPT, SeedAtlas.JAVASCRIPT + "\n" + SeedAtlas.SAFE_SECOND,
                SeedAtlas.NOTE_ZH_ONLY.zh(), ""), row(rows, "fictional-unsafe-home").subList(16, 20));
        assertTrue(csv.contains(",\"A fictional entry's note: \"\"quoted\"\", comma, pipe | <b>tag</b> & ampersand\nsecond line\"\r\n"),
                "quoted, quotes doubled, the line break inside the quotes");
        assertEquals(38, rows.size(), "header + 35 seed entries + 2: a line break inside a cell ends no row");
    }

    @Test
    void organisationsAndPlacesWithTheirCodes() {
        List<List<String>> rows = rows(Lang.EN);
        assertEquals("id", rows.get(0).get(0));
        List<String> jd = row(rows, "jd-chain");
        assertEquals(List.of("京东数科", "JD Digits"), jd.subList(11, 13));
        assertEquals("Open-source platforms", jd.get(6));
        assertEquals("Jing'an District (310106)", row(rows, "shanghai-jingan").get(13));
        assertEquals("Media", row(rows, "36kr").get(10));
        assertEquals("36氪（星球日报）", row(rows, "36kr").get(4));
    }

    @Test
    void aFormulaNameIsDefusedAndQuoted() {
        String csv = SeedAtlas.export(exporter, SeedAtlas.hostile(), Lang.EN);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\","), csv);
        assertEquals("'" + SeedAtlas.FORMULA, row(parse(csv), "hostile-formula").get(4));
        assertEquals(SeedAtlas.SCRIPT, row(parse(csv), "hostile-script").get(4), "other text stays as it is");
    }

    @Test
    void linesEndInCrLf() {
        String csv = SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN);
        assertEquals(36, csv.split("\r\n", -1).length - 1);
    }

    private List<List<String>> rows(Lang lang) {
        return parse(new String(SeedAtlas.exportBytes(exporter, SeedAtlas.seed(), lang), StandardCharsets.UTF_8));
    }

    private static List<String> row(List<List<String>> rows, String id) {
        return rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow(() -> new AssertionError("no row " + id));
    }

    /** An RFC 4180 reader, as a spreadsheet would read the file (the BOM dropped). */
    static List<List<String>> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
