package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    private final MarkdownExporter exporter = new MarkdownExporter();

    @Test
    void layersComeTopFirstAsTheDiagramReads() {
        String md = SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN);
        List<String> headings = List.of("## Service layer (服务层)", "## Application layer (应用层)",
                "## Middle layer (中间层)", "## Base layer (底层)");
        int previous = -1;
        for (String heading : headings) {
            int at = md.indexOf("\n" + heading + "\n");
            assertTrue(at > previous, heading + " should follow the layer above it\n" + md);
            previous = at;
        }
        assertTrue(md.contains("Layers run top layer first"), md);
    }

    @Test
    void twoRegionsKeepTheirFiguresApartUnderATitleThatNamesThem() {
        String md = SeedAtlas.export(exporter, SeedAtlas.twoRegions(), Lang.EN);
        assertTrue(md.startsWith("# Industrial blockchain ecosystem map: Test North (synthetic), Yangtze River Delta — "), md);
        assertTrue(md.contains("reported 42 · named 32 · coverage 76.2%"), md);
        assertTrue(md.contains("- Test North (synthetic): reported 30 · named 25 · coverage 83.3%"), md);
        assertTrue(md.contains("- Yangtze River Delta: reported 12 · named 7 · coverage 58.3%"), md);
        assertTrue(md.contains("· Test North (synthetic) | 28 | 25 | 89.3% |"), md);
        assertTrue(md.contains("| Open-source platforms | — | 30 | — | — | — | (no total: only Test North (synthetic) 28 reported,"
                + " while Yangtze River Delta names 5 and reported none) |"), md);
        assertFalse(md.contains("✗"), "no check fails because of the other region: " + md);
    }

    @Test
    void theMiddleLayerFiguresAddUp() {
        String md = SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN);
        assertTrue(md.contains("reported 265 · named 0 · coverage 0.0%"), md);
        assertTrue(md.contains("- ✓ 231 + 20 + 14 = 265, equal to the reported 265"), md);
        assertTrue(md.contains("| Solutions | 231 | 0 | 0.0% | 87.0% | 87.2% | ✓ |"), md);
        assertTrue(md.contains("| Category | Reported | Named | Coverage | Reported share | Computed share | Check |"), md);
    }

    @Test
    void parksAreReportedByPlaceAndServiceByItsParts() {
        String md = SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN);
        assertTrue(md.contains("- Industrial parks: Zhejiang (330000) 9 · Shanghai (310000) 4 · Jiangsu (320000) 3"), md);
        assertTrue(md.contains("reported — (sum of parts 70) · named 28 · coverage —"), md);
    }

    @Test
    void namedEntriesSitUnderTheirCategories() {
        String md = SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.ZH);
        assertTrue(md.contains("## 中间层 (Middle layer)"), md);
        assertTrue(md.contains("#### 宣传媒体 (11)"), md);
        assertTrue(md.contains("- **蚂蚁链** (Ant Chain) · `yrd-2022/ant-chain`"), md);
        assertTrue(md.contains("- **JDchain** (JD Chain) · 机构：京东数科 (JD Digits) · `yrd-2022/jd-chain`"), md);
        assertTrue(md.contains("本层没有已命名的条目，来源只给出了数字。"), md);
        assertTrue(md.contains("已命名条目 35 个，待定 0 个"), md);
        assertTrue(md.contains("2022-10-29"), md);
    }

    @Test
    void entriesCarryTheirLinksAndNoteUnderThem() {
        String md = SeedAtlas.export(exporter, SeedAtlas.linked(), Lang.EN);
        assertTrue(md.contains("- **Fictional link test** (虚构链接测试) · `yrd-2022/fictional-linked`\n"
                + "  - Links: <https://example.org/fictional-chain?a=1&b=2> · <http://example.com/docs,v2|x>"
                + " · javascript:alert(\"x\")\n"
                + "  - Note: A fictional entry's note: \"quoted\", comma, pipe \\| &lt;b&gt;tag&lt;/b&gt; &amp; ampersand"
                + " second line\n"), md);
        assertFalse(md.contains("<javascript") || md.contains("](javascript"), "a javascript: address is no link");
        assertTrue(md.contains("- **Fictional unsafe homepage** (虚构不安全主页) · `yrd-2022/fictional-unsafe-home`\n"
                + "  - Links: javascript:alert(\"x\") · <https://example.net/>\n"
                + "  - Note: 只有中文备注（虚构）\n"), "the note falls back to the language it has\n" + md);
    }

    @Test
    void theSeedsNotesAreInTheReportsLanguage() {
        assertTrue(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.ZH).contains(
                "- **FISCO BCOS** · 机构：微众银行 (WeBank) · `yrd-2022/fisco-bcos`\n  - 备注：原文写作“FISCOBCOS”。\n"));
    }

    @Test
    void hostileNamesStayText() {
        String md = SeedAtlas.export(exporter, SeedAtlas.hostile(), Lang.EN);
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("<svg"), md);
        assertFalse(md.contains("</textarea>"), md);
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), md);
        assertTrue(md.contains("&quot;&gt;") || md.contains("\"&gt;&lt;svg onload=alert(1)&gt;"), md);
    }

    @Test
    void pendingEntriesAreListedWithTheReason() {
        String md = SeedAtlas.export(exporter, SeedAtlas.seed().onlyLayer("middle"), Lang.EN);
        assertFalse(md.contains("## Pending entries"), "onlyLayer drops the other layers' entries, nothing waits");
        var withoutBase = org.chainatlas.registry.assembly.AtlasAssembler.assemble(1, List.of(),
                List.of(new org.chainatlas.registry.assembly.Contribution.OfDataset(SeedAtlas.document(), "b", 1)), List.of());
        String pending = SeedAtlas.export(exporter, withoutBase, Lang.EN);
        assertTrue(pending.contains("## Pending entries (35)"), pending);
        assertTrue(pending.contains("- **Ant Chain** `yrd-2022/ant-chain`: layer 'base' is not installed"), pending);
    }
}
