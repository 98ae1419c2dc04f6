package org.chainatlas.exporters;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.osgi.service.component.annotations.Component;

/**
 * A report to read or paste into a wiki: per layer, top layer first as the diagram reads, its
 * figures, a table of its categories with their consistency checks, the per-place figures and
 * the named entries under their categories, each with its links and note; then what is pending
 * or failed to load, and where it all comes from. User data is escaped so a name cannot break a
 * table or inject HTML.
 */
@Component(service = Exporter.class, property = Exporter.FORMAT + "=" + MarkdownExporter.FORMAT)
public final class MarkdownExporter extends TextExporter {

    static final String FORMAT = "md";
    /** Indents a child row: Markdown strips leading spaces from table cells, but not em spaces. */
    private static final String INDENT = "\u2003";

    public MarkdownExporter() {
        super(FORMAT, Text.of("Markdown 报告：各层数字、类别表、一致性校验和已命名条目（含链接与备注）",
                "a Markdown report: each layer's figures, category tables, consistency checks and named entries with links and notes"));
    }

    @Override
    String render(Names names) {
        Lang lang = names.lang();
        AtlasSnapshot atlas = names.atlas();
        Statistics statistics = atlas.statistics(null);
        List<String> out = new ArrayList<>();
        out.add("# " + md(names.title()) + " — " + md(Labels.REPORT.get(lang)));
        out.add("");
        sources(out, names);
        out.add(md(StatsRows.total(statistics, lang)));
        out.add("");
        out.add("*" + md(Labels.TOP_FIRST.get(lang)) + "*");
        for (Layer layer : names.topDown()) {
            statistics.layers().stream().filter(s -> s.layer().id().equals(layer.id())).findFirst()
                    .ifPresent(stats -> layer(out, stats, names));
        }
        pending(out, atlas.pending(), names);
        problems(out, atlas.problems(), lang);
        footer(out, names);
        return String.join("\n", out) + "\n";
    }

    private static void sources(List<String> out, Names names) {
        out.add("**" + md(Labels.SOURCES.get(names.lang())) + "**");
        out.add("");
        for (Source source : names.sources()) {
            String url = source.url() == null ? "" : " " + address(source.url());
            out.add("- " + md(names.cite(source)) + url);
        }
        out.add("");
    }

    private static void layer(List<String> out, LayerStats stats, Names names) {
        Lang lang = names.lang();
        Layer layer = stats.layer();
        out.add("");
        out.add("## " + md(names.both(layer.name())));
        out.add("");
        if (layer.role() != null) {
            out.add("**" + md(Labels.ROLE.get(lang)) + "**" + (lang == Lang.ZH ? "：" : ": ") + md(names.both(layer.role())));
            out.add("");
        }
        out.add(md(StatsRows.summary(stats, lang)));
        out.add("");
        List<String> regions = StatsRows.regions(stats, names);
        regions.forEach(line -> out.add("- " + md(line)));
        stats.checks().forEach(check -> out.add("- " + md(StatsRows.check(check, lang))));
        if (!stats.checks().isEmpty() || !regions.isEmpty()) {
            out.add("");
        }
        table(out, StatsRows.rows(stats, names), lang);
        List<String> byPlace = StatsRows.byPlace(stats, names);
        if (!byPlace.isEmpty()) {
            out.add("**" + md(Labels.BY_PLACE.get(lang)) + "**");
            out.add("");
            byPlace.forEach(line -> out.add("- " + md(line)));
            out.add("");
        }
        entries(out, layer, names);
    }

    private static void table(List<String> out, List<StatRow> rows, Lang lang) {
        if (rows.isEmpty()) {
            return;
        }
        out.add("| " + String.join(" | ", StatsRows.header(lang).stream().map(MarkdownExporter::md).toList()) + " |");
        out.add("|---|---:|---:|---:|---:|---:|---|");
        for (StatRow row : rows) {
            String label = row.kind() == StatRow.Kind.FACET ? "**" + md(row.label()) + "**"
                    : INDENT.repeat(row.depth()) + md(row.label());
            List<String> cells = new ArrayList<>(List.of(label));
            row.figures().forEach(cell -> cells.add(md(cell)));
            out.add("| " + String.join(" | ", cells) + " |");
        }
        out.add("");
    }

    /** The layer's named entries under the category they sit in, facet by facet. */
    private static void entries(List<String> out, Layer layer, Names names) {
        Lang lang = names.lang();
        List<Entry> entries = names.atlas().entries().stream().filter(e -> e.layer().equals(layer.id())).toList();
        out.add("### " + md(Labels.NAMED_ENTRIES.get(lang)) + " (" + entries.size() + ")");
        out.add("");
        if (entries.isEmpty()) {
            out.add(md(Labels.NONE_NAMED.get(lang)));
            return;
        }
        List<Entry> placed = new ArrayList<>();
        for (Facet facet : layer.facets()) {
            String prefix = layer.facets().size() > 1 ? names.get(facet.name()) + " › " : "";
            for (Category top : facet.categories()) {
                category(out, facet, top, prefix, entries, placed, names);
            }
        }
        List<Entry> loose = entries.stream().filter(e -> !placed.contains(e)).toList();
        if (!loose.isEmpty()) {
            group(out, Labels.UNCATEGORISED.get(lang), loose, names);
        }
    }

    private static void category(List<String> out, Facet facet, Category category, String path, List<Entry> entries,
                                 List<Entry> placed, Names names) {
        String heading = path + names.get(category.name());
        List<Entry> inside = entries.stream().filter(e -> e.categories(facet.id()).contains(category.id())).toList();
        if (!inside.isEmpty()) {
            group(out, heading, inside, names);
            placed.addAll(inside);
        }
        category.children().forEach(child -> category(out, facet, child, heading + " › ", entries, placed, names));
    }

    private static void group(List<String> out, String heading, List<Entry> entries, Names names) {
        out.add("#### " + md(heading) + " (" + entries.size() + ")");
        out.add("");
        entries.forEach(entry -> entry(out, entry, names));
        out.add("");
    }

    /** The entry's line, and under it its links and its note (in the report's language), where it has them. */
    private static void entry(List<String> out, Entry entry, Names names) {
        Lang lang = names.lang();
        String colon = lang == Lang.ZH ? "：" : ": ";
        out.add("- " + entryLine(entry, names, colon));
        if (!entry.links().isEmpty()) {
            out.add("  - " + md(Formats.heading(Labels.LINKS.get(lang))) + colon
                    + String.join(" · ", entry.links().stream().map(MarkdownExporter::address).toList()));
        }
        if (entry.note() != null) {
            out.add("  - " + md(Formats.heading(Labels.NOTE.get(lang))) + colon + md(names.get(entry.note())));
        }
    }

    /** "**蚂蚁链** (Ant Chain) · 机构：… · 地区：… · `ant-chain`". */
    private static String entryLine(Entry entry, Names names, String colon) {
        Lang lang = names.lang();
        StringBuilder line = new StringBuilder("**").append(md(names.get(entry.name()))).append("**");
        String other = Formats.other(entry.name(), lang);
        if (other != null) {
            line.append(" (").append(md(other)).append(')');
        }
        if (entry.organisation() != null) {
            line.append(" · ").append(md(Labels.ORGANISATION.get(lang))).append(colon).append(md(names.both(entry.organisation())));
        }
        if (!entry.places().isEmpty()) {
            line.append(" · ").append(md(Labels.PLACES.get(lang))).append(colon)
                    .append(md(Formats.list(names.placeLabels(entry), lang)));
        }
        return line.append(" · `").append(entry.qualifiedId()).append('`').toString();
    }

    private static void pending(List<String> out, List<PendingEntry> pending, Names names) {
        if (pending.isEmpty()) {
            return;
        }
        out.add("");
        out.add("## " + md(Labels.PENDING.get(names.lang())) + " (" + pending.size() + ")");
        out.add("");
        pending.forEach(p -> out.add("- **" + md(names.get(p.entry().name())) + "** `" + p.entry().qualifiedId() + "`: "
                + md(p.reason())));
    }

    private static void problems(List<String> out, List<LoadProblem> problems, Lang lang) {
        if (problems.isEmpty()) {
            return;
        }
        out.add("");
        out.add("## " + md(Labels.LOAD_PROBLEMS.get(lang)) + " (" + problems.size() + ")");
        out.add("");
        problems.forEach(p -> out.add("- " + md(p.bundle() + (p.resource() == null ? "" : " / " + p.resource())) + ": "
                + md(p.message())));
    }

    private static void footer(List<String> out, Names names) {
        Lang lang = names.lang();
        out.add("");
        out.add("---");
        out.add("");
        out.add(md(Labels.EXPORTED_BY.get(lang) + " · " + Labels.DATASET.get(lang) + " " + names.datasetLine()
                + " · " + names.sourceLine()));
        out.add("");
        out.add(md(Labels.NO_FIGURES_INVENTED.get(lang)));
    }

    /**
     * An address: an autolink where it is safe to follow (backslash escapes do not apply inside
     * one, so it reads as given), else escaped text no renderer makes a link of.
     */
    private static String address(String url) {
        return Escape.safeUrl(url) ? "<" + url + ">" : md(url);
    }

    private static String md(String text) {
        return Escape.markdown(text);
    }
}
