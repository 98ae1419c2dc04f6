package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgExporterTest {

    private final SvgExporter exporter = new SvgExporter();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyLayerAndEveryNamedEntryIsOnThePicture(Lang lang) {
        AtlasSnapshot atlas = SeedAtlas.seed();
        List<String> texts = visibleTexts(Xml.parse(SeedAtlas.export(exporter, atlas, lang)));
        for (Layer layer : atlas.layers()) {
            assertTrue(texts.contains(squeeze(layer.name().get(lang))), "layer " + layer.id() + " in " + texts);
        }
        assertEquals(35, atlas.entries().size());
        for (Entry entry : atlas.entries()) {
            assertTrue(texts.contains(squeeze(entry.name().get(lang))), entry.id() + " in " + texts);
        }
    }

    @Test
    void bandsRunTopLayerFirst() {
        Document svg = Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN));
        List<Element> bands = new ArrayList<>(Xml.elements(svg, "g").stream()
                .filter(g -> "band".equals(g.getAttribute("class"))).toList());
        bands.sort(Comparator.comparingDouble(SvgExporterTest::bandTop));
        assertEquals(List.of("service", "application", "middle", "base"),
                bands.stream().map(b -> b.getAttribute("data-layer")).toList());
    }

    @Test
    void printsOnA4LandscapeInReadableCjkFonts() {
        Document svg = Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.ZH));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertPages(root);
        assertTrue(root.getAttribute("font-family").startsWith("'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC'"));
        assertTrue(root.getAttribute("font-family").endsWith("sans-serif"));
        for (Element text : Xml.elements(svg, "text")) {
            assertTrue(Double.parseDouble(text.getAttribute("font-size")) >= 11, "font-size " + text.getAttribute("font-size"));
        }
    }

    @Test
    void hoverShowsFullNamesAndTheSourceIsAtTheBottom() {
        Document svg = Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN));
        List<String> titles = Xml.elements(svg, "title").stream().map(Element::getTextContent).toList();
        assertTrue(titles.contains("Ant Chain (蚂蚁链) · yrd-2022/ant-chain"), titles.toString());
        assertTrue(titles.contains("JD Chain (JDchain) · JD Digits (京东数科) · yrd-2022/jd-chain"), titles.toString());
        List<Element> texts = Xml.elements(svg, "text");
        Element last = texts.get(texts.size() - 1);
        assertTrue(last.getTextContent().startsWith("Source: Industrial blockchain ecosystem architecture map (2022-10-29)"),
                last.getTextContent());
        assertTrue(squeeze(last.getTextContent()).contains("https://blog.csdn.net/kymdidicom/article/details/127582101"));
    }

    @Test
    void showsFiguresPerLayerAndBox() {
        List<String> texts = visibleTexts(Xml.parse(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN)));
        assertTrue(texts.contains(squeeze("reported 265 · named 0 · coverage 0.0%")), texts.toString());
        assertTrue(texts.contains(squeeze("reported 12 · named 7 · coverage 58.3%")), texts.toString());
        assertTrue(texts.contains(squeeze("reported 11 · named 11")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(squeeze("Medicine and healthcare · Energy · Steel"))),
                "child categories are listed in their box");
    }

    @Test
    void aCrowdedBoxShowsWhatFitsAndHowManyMore() {
        DatasetDocument seed = SeedAtlas.document();
        Entry model = seed.entries().stream().filter(e -> e.id().equals("xinhuanet")).findFirst().orElseThrow();
        List<Entry> entries = new ArrayList<>(seed.entries());
        for (int i = 0; i < 80; i++) {
            entries.add(new Entry(model.dataset(), "outlet-" + i, "service", Text.of("区块链媒体第" + i + "号", "Outlet number " + i),
                    Map.of("aspect", List.of("media")), null, null, List.of(), List.of(), null, model.provenance()));
        }
        AtlasSnapshot crowded = SeedAtlas.assemble(List.of(new DatasetDocument(seed.format(), seed.id(), seed.version(),
                seed.title(), seed.region(), seed.description(), seed.sources(), seed.places(), entries, seed.figures())));
        Document svg = Xml.parse(SeedAtlas.export(exporter, crowded, Lang.EN));
        Element media = Xml.elements(svg, "g").stream().filter(g -> "category".equals(g.getAttribute("class"))
                && g.getTextContent().strip().startsWith("Media")).findFirst().orElseThrow();
        int shown = (int) children(media, "g").stream().filter(g -> "entry".equals(g.getAttribute("class"))).count();
        Matcher more = Pattern.compile("\\+(\\d+) more").matcher(media.getTextContent());
        assertTrue(more.find(), media.getTextContent());
        assertEquals(91, shown + Integer.parseInt(more.group(1)), "shown and counted add up to every media outlet");
        assertTrue(shown > 0);
        assertPages(svg.getDocumentElement());
    }

    @Test
    void anEntryChipLinksToItsHomepageOnlyWhereThatIsHttp() {
        String text = SeedAtlas.export(exporter, SeedAtlas.linked(), Lang.EN);
        assertTrue(text.contains("<a href=\"https://example.org/fictional-chain?a=1&amp;b=2\" rel=\"noopener noreferrer\">"
                + "<g class=\"entry\"><title>Fictional link test (虚构链接测试) · yrd-2022/fictional-linked</title>"), text);
        Document svg = Xml.parse(text);
        List<Element> links = Xml.elements(svg, "a");
        assertEquals(List.of(SeedAtlas.HOMEPAGE), links.stream().map(a -> a.getAttribute("href")).toList(),
                "one link: the seed's entries have none, and a javascript: homepage is no link");
        Element unsafe = chip(svg, "yrd-2022/fictional-unsafe-home");
        assertEquals("g", unsafe.getParentNode().getNodeName(), "the chip sits in its box, in no link");
        assertTrue(squeeze(unsafe.getTextContent()).contains("Fictionalunsafehomepage"), "its name is shown");
        assertEquals(links.get(0), chip(svg, "yrd-2022/fictional-linked").getParentNode());
        assertFalse(text.contains("javascript"), "neither shown nor linked: the picture names no addresses");
    }

    /** The entry chip whose hover text names {@code id}. */
    private static Element chip(Document svg, String id) {
        return Xml.elements(svg, "g").stream().filter(g -> "entry".equals(g.getAttribute("class"))
                && g.getTextContent().contains(id)).findFirst().orElseThrow(() -> new AssertionError("no chip " + id));
    }

    @Test
    void hostileNamesAreOnlyText() {
        String text = SeedAtlas.export(exporter, SeedAtlas.hostile(), Lang.EN);
        assertFalse(text.contains(SeedAtlas.SCRIPT));
        assertFalse(text.contains("<svg onload"));
        assertFalse(text.contains(SeedAtlas.TEXTAREA));
        Document svg = Xml.parse(text);
        assertTrue(Xml.elements(svg, "script").isEmpty());
        assertEquals(1, Xml.elements(svg, "svg").size());
        assertFalse(Xml.attributeNames(svg).contains("onload"));
        List<String> titles = Xml.elements(svg, "title").stream().map(Element::getTextContent).toList();
        assertTrue(titles.stream().anyMatch(t -> t.contains(SeedAtlas.SCRIPT)), "the name reads as itself on hover");
        assertTrue(titles.stream().anyMatch(t -> t.contains(SeedAtlas.SVG_ONLOAD)), titles.toString());
    }

    /** The view box is one A4 landscape page, or several stacked: width 1485 and a whole number of 1050-high pages. */
    private static void assertPages(Element root) {
        String[] box = root.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        double pages = height / (width * 210 / 297);
        assertEquals(1485, width);
        assertEquals(Math.rint(pages), pages, 1e-9, "height " + height + " is not whole A4 landscape pages");
        assertEquals(root.getAttribute("height"), Markup.number(210 * pages) + "mm");
    }

    /** What each text element shows (its lines joined), without whitespace, so wrapping does not matter. */
    static List<String> visibleTexts(Document svg) {
        return Xml.elements(svg, "text").stream().map(t -> squeeze(t.getTextContent())).toList();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static double bandTop(Element band) {
        return Double.parseDouble(children(band, "rect").get(0).getAttribute("y"));
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
