package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page in a real browser: the filters a user sets through the address's hash. */
class HtmlInBrowserTest {

    private static final Pattern ENTRY = Pattern.compile("<li class=\"entry\" data-id=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("<span id=\"count\">([^<]*)</span>");

    @TempDir
    Path work;

    @Test
    void searchingFindsAntChainByItsChineseName() throws Exception {
        String dom = open(SeedAtlas.seed(), Lang.ZH, "q=" + URLEncoder.encode("蚂蚁", StandardCharsets.UTF_8));
        assertEquals(List.of("yrd-2022/ant-chain"), entries(dom));
        assertEquals("1", count(dom));
        assertTrue(dom.contains("蚂蚁链") && dom.contains("Ant Chain"), "the card shows both names");
    }

    @Test
    void layerAndCategoryFiltersShowTheElevenMediaOutlets() throws Exception {
        String dom = open(SeedAtlas.seed(), Lang.EN, "layer=service&category=media");
        assertEquals(11, entries(dom).size(), entries(dom).toString());
        assertEquals("11", count(dom));
        assertTrue(entries(dom).contains("yrd-2022/36kr"));
    }

    @Test
    void opennessFilterShowsTheFiveOpenSourcePlatforms() throws Exception {
        String dom = open(SeedAtlas.seed(), Lang.EN, "openness=open-source");
        assertEquals(List.of("yrd-2022/hyperledger", "yrd-2022/ethereum", "yrd-2022/jd-chain", "yrd-2022/fisco-bcos",
                "yrd-2022/huawei-blockchain-engine"), entries(dom));
        assertEquals("5", count(dom));
    }

    @Test
    void hostileNamesShowAsTextInTheLiveDom() throws Exception {
        String dom = open(SeedAtlas.hostile(), Lang.EN, "");
        assertEquals(39, entries(dom).size());
        assertEquals("39", count(dom));
        assertFalse(dom.contains(SeedAtlas.SCRIPT), "the browser never made a script element of a name");
        assertFalse(dom.contains("<svg onload"));
        assertFalse(Pattern.compile("<[a-z][^>]*\\sonload\\s*=", Pattern.CASE_INSENSITIVE).matcher(dom).find(),
                "no element has an onload attribute (serialised text has no raw '<', so a match is a tag)");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is on its card as text");
        assertEquals(2, dom.split("<script", -1).length - 1, "only the page's own scripts");
    }

    @Test
    void aCardLinksItsNameToTheHomepageListsEveryLinkAndShowsTheNote() throws Exception {
        String dom = open(SeedAtlas.linked(), Lang.EN, "q=fictional");
        assertEquals(List.of("yrd-2022/fictional-linked", "yrd-2022/fictional-unsafe-home"), entries(dom));
        String linked = card(dom, "yrd-2022/fictional-linked");
        String homepage = "https://example.org/fictional-chain?a=1&amp;b=2";
        assertTrue(linked.contains("<h3><a class=\"name\" href=\"" + homepage + "\" rel=\"noopener noreferrer\">"
                + "Fictional link test</a>"), linked);
        assertTrue(linked.contains("<span class=\"field-label\">links: </span><span class=\"links\">"
                + "<a href=\"" + homepage + "\" rel=\"noopener noreferrer\">" + homepage + "</a> · "
                + "<a href=\"http://example.com/docs,v2|x\" rel=\"noopener noreferrer\">http://example.com/docs,v2|x</a> · "
                + "javascript:alert(\"x\")</span>"), "every link, the javascript: one as text\n" + linked);
        assertTrue(linked.contains("<p class=\"note\"><span class=\"field-label\">note: </span>A fictional entry's note: "
                + "\"quoted\", comma, pipe | &lt;b&gt;tag&lt;/b&gt; &amp; ampersand\nsecond line</p>"), linked);
        String unsafe = card(dom, "yrd-2022/fictional-unsafe-home");
        assertTrue(unsafe.contains("<h3><span class=\"name\">Fictional unsafe homepage</span>"), unsafe);
        assertTrue(unsafe.contains("<span class=\"links\">javascript:alert(\"x\") · <a href=\"https://example.net/\""), unsafe);
        assertTrue(unsafe.contains("note: </span>只有中文备注（虚构）</p>"), "the note falls back as names do\n" + unsafe);
        assertFalse(Pattern.compile("href=\"\\s*javascript", Pattern.CASE_INSENSITIVE).matcher(dom).find(),
                "no javascript: address became a link");
    }

    /** The serialised card of entry {@code id}. */
    private static String card(String dom, String id) {
        int start = dom.indexOf("<li class=\"entry\" data-id=\"" + id + "\"");
        assertTrue(start >= 0, "no card " + id);
        return dom.substring(start, dom.indexOf("</li>", start));
    }

    private String open(AtlasSnapshot atlas, Lang lang, String hash) throws Exception {
        Path page = work.resolve("atlas.html");
        Files.write(page, SeedAtlas.exportBytes(new HtmlExporter(), atlas, lang));
        return Chromium.dumpDom(page, hash, work);
    }

    private static List<String> entries(String dom) {
        List<String> ids = new ArrayList<>();
        Matcher m = ENTRY.matcher(dom);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String count(String dom) {
        Matcher m = COUNT.matcher(dom);
        assertTrue(m.find(), "no #count in the page");
        return m.group(1);
    }
}
