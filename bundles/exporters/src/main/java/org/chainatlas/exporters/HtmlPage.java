package org.chainatlas.exporters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * One self-contained page: the diagram, a search box and filters over entry cards, and the
 * statistics table. Everything is inline (no network, no other file), so it works when mailed
 * or opened from a USB stick. The markup is also well-formed XML (script and style sit in
 * commented CDATA sections), so it can be checked with an XML parser.
 */
final class HtmlPage {

    private static final String NBSP = "\u00A0";

    private final Names names;
    private final Lang lang;
    private final Markup html = new Markup();

    private HtmlPage(Names names) {
        this.names = names;
        this.lang = names.lang();
    }

    static String render(Names names) {
        return new HtmlPage(names).page();
    }

    private String page() {
        html.raw("<!DOCTYPE html>").newline();
        html.open("html", "lang", lang == Lang.ZH ? "zh-CN" : "en").newline();
        head();
        html.open("body").newline();
        header();
        diagram();
        explorer();
        statistics();
        footer();
        html.open("script", "type", "application/json", "id", "atlas-data").raw(PageData.json(names)).close("script").newline();
        html.open("script").raw("//<![CDATA[\n" + resource("page.js") + "//]]>").close("script").newline();
        return html.close("body").newline().close("html").newline().toString();
    }

    private void head() {
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.element("title", names.title()).newline();
        html.open("style").raw("/*<![CDATA[*/\n" + resource("page.css") + "/*]]>*/").close("style").newline();
        html.close("head").newline();
    }

    private void header() {
        html.open("header").newline();
        html.element("h1", names.title()).newline();
        List<DatasetDocument> documents = names.atlas().documents();
        if (documents.size() == 1 && documents.get(0).description() != null) {
            html.element("p", names.get(documents.get(0).description()), "class", "muted").newline();
        }
        html.open("p", "class", "sources").text(Labels.SOURCES.get(lang) + (lang == Lang.ZH ? "：" : ": "));
        List<Source> sources = names.sources();
        for (int i = 0; i < sources.size(); i++) {
            html.text(i == 0 ? "" : "; ");
            source(sources.get(i));
        }
        html.close("p").newline().close("header").newline();
    }

    private void source(Source source) {
        html.link(names.cite(source), source.url());
    }

    private void diagram() {
        html.open("section", "id", "diagram").newline();
        html.element("h2", Labels.DIAGRAM.get(lang)).newline();
        html.open("div", "class", "figure").raw(SvgDiagram.render(names)).close("div").newline();
        html.close("section").newline();
    }

    private void explorer() {
        html.open("section", "id", "explore").newline();
        html.element("h2", Labels.ENTRIES.get(lang)).newline();
        html.open("div", "class", "controls").newline();
        html.open("label").text(Labels.SEARCH.get(lang));
        html.empty("input", "type", "search", "id", "filter-q", "placeholder", Labels.SEARCH.get(lang), "autocomplete", "off");
        html.close("label").newline();
        select("layer", Labels.LAYER, this::layerOptions, false);
        select("category", Labels.CATEGORY, this::categoryOptions, false);
        select("place", Labels.PLACE, this::placeOptions, false);
        Optional<Facet> openness = opennessFacet();
        select("openness", Labels.OPENNESS, () -> openness.ifPresent(f -> categories(f, "", null)), openness.isEmpty());
        html.close("div").newline();
        int total = names.atlas().entries().size();
        html.open("p", "class", "shown").open("span", "id", "count").text(String.valueOf(total)).close("span")
                .text(" " + Labels.SHOWN.get(lang)).close("p").newline();
        html.open("ul", "id", "results").close("ul").newline();
        html.element("p", Labels.NO_MATCH.get(lang), "id", "no-match", "class", "muted", "hidden", "hidden").newline();
        html.close("section").newline();
    }

    private void select(String key, Text label, Runnable options, boolean hidden) {
        html.open("label", "hidden", hidden ? "hidden" : null).text(Formats.heading(label.get(lang)));
        html.open("select", "id", "filter-" + key);
        html.element("option", Labels.ANY.get(lang), "value", "");
        options.run();
        html.close("select").close("label").newline();
    }

    private void layerOptions() {
        names.topDown().forEach(l -> html.element("option", names.both(l.name()), "value", l.id()));
    }

    /** Per layer and facet an option group; each option uses the shortest key no other category shares. */
    private void categoryOptions() {
        Map<String, Integer> uses = keyUses();
        for (Layer layer : names.topDown()) {
            for (Facet facet : layer.facets()) {
                html.open("optgroup", "label", names.get(layer.name()) + " · " + names.get(facet.name()));
                categories(facet, layer.id() + ":", uses);
                html.close("optgroup");
            }
        }
    }

    /** Options for a facet's categories, children indented under their parent. */
    private void categories(Facet facet, String layerPrefix, Map<String, Integer> uses) {
        facet.flatten().forEach(category -> {
            String label = NBSP.repeat(2 * (PageData.path(facet, category.id()).size() - 1)) + names.get(category.name());
            html.element("option", label, "value", key(facet, category, layerPrefix, uses));
        });
    }

    private static String key(Facet facet, Category category, String layerPrefix, Map<String, Integer> uses) {
        if (uses == null || uses.get(category.id()) == 1) {
            return category.id();
        }
        String faceted = facet.id() + ":" + category.id();
        return uses.get(faceted) == 1 ? faceted : layerPrefix + faceted;
    }

    /** How many categories of all installed layers each bare and facet-qualified key would name. */
    private Map<String, Integer> keyUses() {
        Map<String, Integer> uses = new HashMap<>();
        names.atlas().layers().forEach(layer -> layer.facets().forEach(facet -> facet.flatten().forEach(c -> {
            uses.merge(c.id(), 1, Integer::sum);
            uses.merge(facet.id() + ":" + c.id(), 1, Integer::sum);
        })));
        return uses;
    }

    private void placeOptions() {
        for (Place place : names.atlas().places()) {
            html.element("option", NBSP.repeat(2 * names.depth(place)) + names.placeLabel(place.id()), "value", place.id());
        }
    }

    private Optional<Facet> opennessFacet() {
        return names.atlas().layers().stream().flatMap(l -> l.facet(PageData.OPENNESS).stream()).findFirst();
    }

    private void statistics() {
        html.open("section", "id", "statistics").newline();
        html.element("h2", Labels.STATISTICS.get(lang)).newline();
        html.element("p", Labels.TOP_FIRST.get(lang) + " " + Labels.LEGEND.get(lang), "class", "muted").newline();
        html.open("table", "class", "stats").newline().open("thead").open("tr");
        StatsRows.header(lang).forEach(h -> html.element("th", h, "scope", "col"));
        html.close("tr").close("thead").newline();
        Statistics statistics = names.atlas().statistics(null);
        Map<String, LayerStats> byLayer = new HashMap<>();
        statistics.layers().forEach(s -> byLayer.put(s.layer().id(), s));
        names.topDown().stream().map(l -> byLayer.get(l.id())).filter(Objects::nonNull).forEach(this::layerRows);
        html.close("table").newline();
        html.element("p", StatsRows.total(statistics, lang), "class", "muted").newline();
        html.close("section").newline();
    }

    private void layerRows(LayerStats stats) {
        html.open("tbody", "data-layer", stats.layer().id()).newline();
        html.open("tr", "class", "layer").open("th", "colspan", "7", "scope", "rowgroup").text(names.both(stats.layer().name()));
        html.element("span", StatsRows.summary(stats, lang), "class", "summary");
        List<String> regions = StatsRows.regions(stats, names);
        if (!stats.checks().isEmpty() || !regions.isEmpty()) {
            html.open("ul");
            regions.forEach(line -> html.element("li", line, "class", "region"));
            stats.checks().forEach(c -> html.element("li", StatsRows.check(c, lang), "class", c.consistent() ? "ok" : "bad"));
            html.close("ul");
        }
        html.close("th").close("tr").newline();
        for (StatRow row : StatsRows.rows(stats, names)) {
            if (row.kind() == StatRow.Kind.FACET) {
                html.open("tr", "class", "facet").element("th", row.label(), "colspan", "7").close("tr").newline();
                continue;
            }
            html.open("tr", "class", row.kind().name().toLowerCase(Locale.ROOT) + " depth-" + Math.min(row.depth(), 3));
            html.element("td", row.label());
            List<String> figures = row.figures();
            for (int i = 0; i < figures.size() - 1; i++) {
                html.element("td", figures.get(i), "class", "num");
            }
            String check = figures.get(figures.size() - 1);
            html.element("td", check, "class", check.startsWith(StatsRows.FAIL) ? "bad" : "ok");
            html.close("tr").newline();
        }
        html.close("tbody").newline();
    }

    private void footer() {
        html.open("footer").newline();
        html.element("p", Labels.EXPORTED_BY.get(lang) + " · " + Labels.DATASET.get(lang) + " " + names.datasetLine()
                + " · " + names.sourceLine()).newline();
        html.element("p", Labels.NO_FIGURES_INVENTED.get(lang)).newline();
        html.close("footer").newline();
    }

    /** A file shipped beside this class in the bundle (the page's script and style). */
    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the exporters bundle lacks its resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("]]>")) {
                throw new IllegalStateException(name + " must not contain ]]>, which would end its CDATA section");
            }
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
