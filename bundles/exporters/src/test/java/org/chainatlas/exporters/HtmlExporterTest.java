package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlExporterTest {

    private final HtmlExporter exporter = new HtmlExporter();

    @Test
    void aSelfContainedPageWithTheDiagramAndTheData() {
        Document page = Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN));
        List<Element> scripts = Xml.elements(page, "script");
        assertEquals(2, scripts.size(), "the data and the page's own script");
        assertEquals("application/json", scripts.get(0).getAttribute("type"));
        assertEquals("atlas-data", scripts.get(0).getAttribute("id"));
        scripts.forEach(s -> assertFalse(s.hasAttribute("src"), "no external script"));
        assertTrue(Xml.elements(page, "link").isEmpty(), "no external style sheet");
        assertTrue(Xml.elements(page, "img").isEmpty() && Xml.elements(page, "iframe").isEmpty());
        assertEquals(1, Xml.elements(page, "svg").size(), "the diagram inline");
        JsonObject data = JsonParser.parseString(scripts.get(0).getTextContent()).getAsJsonObject();
        assertEquals(35, data.getAsJsonArray("entries").size());
        assertEquals("results", Xml.elements(page, "ul").get(0).getAttribute("id"));
    }

    @Test
    void theOnlyAddressesAreTheSourcesLinks() {
        String html = SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN);
        Document page = Xml.parse(html);
        for (Element a : Xml.elements(page, "a")) {
            assertEquals("https://blog.csdn.net/kymdidicom/article/details/127582101", a.getAttribute("href"));
        }
        assertFalse(html.contains("src="), "nothing is loaded from anywhere");
        assertFalse(html.contains("@import"));
    }

    @Test
    void cardsGetHomepageLinksAndNoteInThePagesLanguageAndOnlyHttpIsAnAddress() {
        String html = SeedAtlas.export(exporter, SeedAtlas.linked(), Lang.EN);
        Document page = Xml.parse(html);
        JsonObject linked = entry(page, "yrd-2022/fictional-linked");
        assertEquals(SeedAtlas.HOMEPAGE, linked.get("homepage").getAsString());
        assertEquals(List.of(SeedAtlas.HOMEPAGE + " -> " + SeedAtlas.HOMEPAGE, SeedAtlas.DOCS + " -> " + SeedAtlas.DOCS,
                SeedAtlas.JAVASCRIPT + " -> no link"), links(linked), "every link as text; a url to follow only for http(s)");
        assertEquals(SeedAtlas.NOTE.en(), linked.get("note").getAsString());
        JsonObject unsafe = entry(page, "yrd-2022/fictional-unsafe-home");
        assertTrue(unsafe.get("homepage") == null, "a javascript: first link is no homepage to follow");
        assertEquals(SeedAtlas.NOTE_ZH_ONLY.zh(), unsafe.get("note").getAsString(), "falls back to the side there is");
        assertEquals(SeedAtlas.NOTE.zh(), entry(Xml.parse(SeedAtlas.export(exporter, SeedAtlas.linked(), Lang.ZH)),
                "yrd-2022/fictional-linked").get("note").getAsString());
        List<String> hrefs = Xml.elements(page, "a").stream().map(a -> a.getAttribute("href")).distinct().toList();
        assertEquals(List.of("https://blog.csdn.net/kymdidicom/article/details/127582101", SeedAtlas.HOMEPAGE), hrefs,
                "the sources and the diagram's chip: the cards' links are made by the page's script");
        assertFalse(html.contains("href=\"javascript"));
    }

    @Test
    void controlsOfferLayersCategoriesPlacesAndOpennessInTheChosenLanguage() {
        Document page = Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.ZH));
        List<String> layerOptions = options(page, "filter-layer");
        assertEquals(List.of("全部", "服务层 (Service layer)", "应用层 (Application layer)", "中间层 (Middle layer)",
                "底层 (Base layer)"), layerOptions);
        assertTrue(options(page, "filter-place").contains("\u00A0\u00A0上海市 (310000)"));
        assertEquals(List.of("全部", "开源底层平台", "暂时未开源底层平台"), options(page, "filter-openness"));
        assertTrue(values(page, "filter-category").containsAll(List.of("media", "domain:finance", "industry:finance")),
                "an id two facets share is qualified by its facet");
    }

    @Test
    void statisticsTableRunsTopLayerFirst() {
        Document page = Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN));
        assertEquals(List.of("service", "application", "middle", "base"),
                Xml.elements(page, "tbody").stream().map(b -> b.getAttribute("data-layer")).toList());
        String text = page.getDocumentElement().getTextContent();
        assertTrue(text.contains("✓ 231 + 20 + 14 = 265, equal to the reported 265"));
    }

    @Test
    void hostileNamesCannotRunOrAddElements() {
        String html = SeedAtlas.export(exporter, SeedAtlas.hostile(), Lang.EN);
        assertFalse(html.contains(SeedAtlas.SCRIPT), "the raw script tag is nowhere");
        assertFalse(html.contains("<svg onload"));
        assertFalse(html.contains(SeedAtlas.TEXTAREA));
        Document page = Xml.parse(html);
        assertEquals(2, Xml.elements(page, "script").size(), "no script but the page's own");
        assertEquals(1, Xml.elements(page, "svg").size());
        assertFalse(Xml.attributeNames(page).contains("onload"));
        JsonObject data = JsonParser.parseString(Xml.elements(page, "script").get(0).getTextContent()).getAsJsonObject();
        assertEquals(39, data.getAsJsonArray("entries").size());
        assertTrue(data.toString().contains("alert(1)"), "the names are there, as data");
    }

    /** "text -> url" for each link of a card. */
    private static List<String> links(JsonObject entry) {
        List<String> links = new java.util.ArrayList<>();
        entry.getAsJsonArray("links").forEach(l -> links.add(l.getAsJsonObject().get("text").getAsString() + " -> "
                + (l.getAsJsonObject().has("url") ? l.getAsJsonObject().get("url").getAsString() : "no link")));
        return links;
    }

    /** One entry of the data the page's script shows as cards. */
    private static JsonObject entry(Document page, String id) {
        JsonObject data = JsonParser.parseString(Xml.elements(page, "script").get(0).getTextContent()).getAsJsonObject();
        for (var entry : data.getAsJsonArray("entries")) {
            if (entry.getAsJsonObject().get("id").getAsString().equals(id)) {
                return entry.getAsJsonObject();
            }
        }
        throw new AssertionError("no entry " + id + " in the page's data");
    }

    private static List<String> options(Document page, String select) {
        return optionElements(page, select).stream().map(Element::getTextContent).toList();
    }

    private static List<String> values(Document page, String select) {
        return optionElements(page, select).stream().map(o -> o.getAttribute("value")).toList();
    }

    private static List<Element> optionElements(Document page, String select) {
        Element element = Xml.elements(page, "select").stream().filter(s -> s.getAttribute("id").equals(select))
                .findFirst().orElseThrow();
        List<Element> options = new java.util.ArrayList<>();
        var nodes = element.getElementsByTagName("option");
        for (int i = 0; i < nodes.getLength(); i++) {
            options.add((Element) nodes.item(i));
        }
        return options;
    }
}
