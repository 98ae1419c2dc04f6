package org.chainatlas.shell;

import org.chainatlas.api.model.Numbers;
import static org.chainatlas.shell.Table.Column.left;
import static org.chainatlas.shell.Table.Column.right;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.Check;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.PlaceStats;
import org.chainatlas.api.Statistics.RegionFigures;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;

/**
 * atlas:stats for people: per layer a summary line and its checks, then a table of its categories
 * (children and places indented under their category), and a closing total. Kept apart from
 * {@link TextRenderer} because it is the one view built from {@link Statistics}.
 */
final class StatsRenderer {

    private static final String INDENT = "  ";
    private static final String PASS = "✓";
    private static final String FAIL = "✗";

    private final Lang lang;
    private final Lookup lookup;
    /** The terminal's width that the category tables are fitted to; 0: as wide as they are. */
    private final int width;

    StatsRenderer(Lang lang, Lookup lookup) {
        this(lang, lookup, 0);
    }

    StatsRenderer(Lang lang, Lookup lookup, int width) {
        this.lang = lang;
        this.lookup = lookup;
        this.width = width;
    }

    /** @param problems how many datasets and layers failed to load */
    List<String> render(Statistics statistics, int problems) {
        List<String> lines = new ArrayList<>();
        for (LayerStats layer : statistics.layers()) {
            lines.addAll(layer(layer));
            lines.add("");
        }
        lines.add(total(statistics));
        if (problems > 0) {
            lines.add(problems(problems));
        }
        return lines;
    }

    private List<String> layer(LayerStats stats) {
        List<String> lines = new ArrayList<>();
        lines.addAll(fit("", INDENT, summary(stats)));
        if (stats.unreported() != null) {
            lines.addAll(fit(INDENT, INDENT, stats.unreported().get(lang)));
        }
        for (RegionFigures region : stats.regions()) {
            lines.addAll(fit(INDENT + "· ", INDENT + "  ", name(region.name()) + " [" + region.region() + "] — "
                    + t(Labels.REPORTED) + " " + Numbers.count(region.reported()) + " · " + t(Labels.NAMED) + " "
                    + region.named() + " · " + t(Labels.COVERAGE) + " " + Numbers.ratio(region.coverage())));
        }
        for (Check check : stats.checks()) {
            lines.addAll(fit(INDENT + mark(check) + " ", INDENT + "  ", check.message().get(lang)));
        }
        if (!stats.categories().isEmpty()) {
            for (String line : categories(stats).render(width > 0 ? width - INDENT.length() : 0)) {
                lines.add(INDENT + line);
            }
        }
        return lines;
    }

    /** {@code text} after {@code first}, wrapped under {@code rest} where a terminal's width is known; else one line. */
    private List<String> fit(String first, String rest, String text) {
        return width > 0 ? Wrap.hanging(first, rest, text, width) : List.of(first + text);
    }

    /** "底层 (Base layer) [base] — 报告数 12 · 已命名 7 · 覆盖率 58.3%". */
    private String summary(LayerStats stats) {
        String reported = t(Labels.REPORTED) + " " + Numbers.count(stats.reported());
        if (stats.reported() == null && stats.sumOfParts() != null) {
            reported += " (" + t(Labels.SUM_OF_PARTS) + " " + stats.sumOfParts() + ")";
        }
        return Cells.both(stats.layer().name(), lang) + " [" + stats.layer().id() + "] — " + reported
                + " · " + t(Labels.NAMED) + " " + stats.named()
                + " · " + t(Labels.COVERAGE) + " " + Numbers.ratio(stats.coverage());
    }

    private Table categories(LayerStats stats) {
        Table table = Table.of(left(t(Labels.CATEGORY)), right(t(Labels.REPORTED)), right(t(Labels.NAMED)),
                right(t(Labels.COVERAGE)), right(t(Labels.REPORTED_SHARE)), right(t(Labels.COMPUTED_SHARE)),
                left(t(Labels.CHECK)));
        String facet = null;
        for (CategoryStats category : stats.categories()) {
            if (!category.facet().equals(facet)) {
                facet = category.facet();
                table.row(name(lookup.facetName(stats.layer().id(), facet)));
            }
            category(table, category);
        }
        return table;
    }

    /** A category row indented under its facet and parent, then the places it reports. */
    private void category(Table table, CategoryStats stats) {
        table.row(INDENT.repeat(stats.depth() + 1) + name(stats.category().name()),
                Numbers.count(stats.reported()), String.valueOf(stats.named()), Numbers.ratio(stats.coverage()),
                Numbers.printedPercent(stats.reportedShare()), Numbers.percent(stats.computedShare()),
                verdict(stats.checks()) + reason(stats.unreported(), stats.checks().isEmpty()));
        // Several regions: each one's own figures under the category; the checks above already say whose they are.
        for (RegionFigures region : stats.regions()) {
            table.row(INDENT.repeat(stats.depth() + 2) + "· " + name(region.name()),
                    Numbers.count(region.reported()), String.valueOf(region.named()), Numbers.ratio(region.coverage()));
        }
        for (PlaceStats place : stats.places()) {
            table.row(INDENT.repeat(stats.depth() + 2) + name(place.place().name()),
                    String.valueOf(place.reported()), String.valueOf(place.named()), Numbers.ratio(place.coverage()));
        }
    }

    /** Across regions, why a category has no total, in brackets after its verdict; else nothing. */
    private String reason(Text unreported, boolean alone) {
        return unreported == null ? "" : (alone ? "" : " ") + "(" + unreported.get(lang) + ")";
    }

    /** Empty where nothing was checked, ✓ where every check passes, else ✗ and what failed. */
    private String verdict(List<Check> checks) {
        if (checks.isEmpty()) {
            return "";
        }
        List<String> failed = new ArrayList<>();
        for (Check c : checks) {
            if (!c.consistent()) {
                failed.add(c.message().get(lang));
            }
        }
        return failed.isEmpty() ? PASS : FAIL + " " + String.join("; ", failed);
    }

    private String total(Statistics statistics) {
        return lang == Lang.ZH
                ? "已命名条目 " + statistics.named() + " 个，待定 " + statistics.pending() + " 个"
                : statistics.named() + (statistics.named() == 1 ? " named entry, " : " named entries, ") + statistics.pending() + " pending";
    }

    private String problems(int problems) {
        if (lang == Lang.ZH) {
            return "有 " + problems + " 个数据集或层加载失败，详见 atlas:datasets。";
        }
        return problems + (problems == 1 ? " dataset or layer" : " datasets or layers")
                + " failed to load; see atlas:datasets.";
    }

    private static String mark(Check check) {
        return check.consistent() ? PASS : FAIL;
    }

    private String name(Text text) {
        return Cells.name(text, lang);
    }

    private String t(Text label) {
        return label.get(lang);
    }
}
