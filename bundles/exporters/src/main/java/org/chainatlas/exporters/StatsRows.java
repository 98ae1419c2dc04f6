package org.chainatlas.exporters;

import org.chainatlas.api.model.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.Check;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.PlaceStats;
import org.chainatlas.api.Statistics.RegionFigures;
import org.chainatlas.api.model.Lang;

/** A layer's statistics in words, the same in the report, the page and the diagram. */
final class StatsRows {

    static final String PASS = "✓";
    static final String FAIL = "✗";

    private StatsRows() {
    }

    /** The table's column headings: category, then the {@link StatRow#figures()} columns. */
    static List<String> header(Lang lang) {
        return List.of(Labels.CATEGORY, Labels.REPORTED, Labels.NAMED, Labels.COVERAGE, Labels.REPORTED_SHARE,
                Labels.COMPUTED_SHARE, Labels.CHECK).stream().map(label -> Formats.heading(label.get(lang))).toList();
    }

    /** Facet headings, categories (children under their parents) and place figures under their category. */
    static List<StatRow> rows(LayerStats stats, Names names) {
        List<StatRow> rows = new ArrayList<>();
        String facet = null;
        for (CategoryStats category : stats.categories()) {
            if (!category.facet().equals(facet)) {
                facet = category.facet();
                rows.add(new StatRow(StatRow.Kind.FACET, 0, names.get(names.facetName(stats.layer().id(), facet)),
                        "", "", "", "", "", ""));
            }
            rows.add(category(category, names));
            // Several regions: each one's own figures under the category (its checks already say whose they are).
            for (RegionFigures region : category.regions()) {
                rows.add(new StatRow(StatRow.Kind.REGION, category.depth() + 1, "· " + names.get(region.name()),
                        Numbers.count(region.reported()), String.valueOf(region.named()),
                        Numbers.ratio(region.coverage()), "", "", ""));
            }
            for (PlaceStats place : category.places()) {
                rows.add(new StatRow(StatRow.Kind.PLACE, category.depth() + 1, names.placeLabel(place.place().id()),
                        String.valueOf(place.reported()), String.valueOf(place.named()),
                        Numbers.ratio(place.coverage()), "", "", ""));
            }
        }
        return rows;
    }

    private static StatRow category(CategoryStats stats, Names names) {
        return new StatRow(StatRow.Kind.CATEGORY, stats.depth(), names.get(stats.category().name()),
                Numbers.count(stats.reported()), String.valueOf(stats.named()), Numbers.ratio(stats.coverage()),
                Numbers.percent(stats.reportedShare()), Numbers.percent(stats.computedShare()),
                withReason(verdict(stats.checks(), names.lang()), stats.unreported(), names.lang()));
    }

    /** "reported 12 · named 7 · coverage 58.3%"; where only the parts are reported, their sum too. */
    static String summary(LayerStats stats, Lang lang) {
        String reported = Labels.REPORTED.get(lang) + " " + Numbers.count(stats.reported());
        if (stats.reported() == null && stats.sumOfParts() != null) {
            reported += " (" + Labels.SUM_OF_PARTS.get(lang) + " " + stats.sumOfParts() + ")";
        }
        return reported + " · " + Labels.NAMED.get(lang) + " " + stats.named()
                + " · " + Labels.COVERAGE.get(lang) + " " + Numbers.ratio(stats.coverage())
                + (stats.unreported() == null ? "" : " — " + stats.unreported().get(lang));
    }

    /** Over several regions, each one's own line: "Test North: reported 30 · named 25 · coverage 83.3%". */
    static List<String> regions(LayerStats stats, Names names) {
        List<String> lines = new ArrayList<>();
        for (RegionFigures region : stats.regions()) {
            lines.add(names.get(region.name()) + (names.lang() == Lang.ZH ? "：" : ": ")
                    + Labels.REPORTED.get(names.lang()) + " " + Numbers.count(region.reported()) + " · "
                    + Labels.NAMED.get(names.lang()) + " " + region.named() + " · "
                    + Labels.COVERAGE.get(names.lang()) + " " + Numbers.ratio(region.coverage()));
        }
        return lines;
    }

    /** "✓ 231 + 20 + 14 = 265, equal to the reported 265". */
    static String check(Check check, Lang lang) {
        return (check.consistent() ? PASS : FAIL) + " " + check.message().get(lang);
    }

    /** A verdict followed by why the category has no total across regions, where it has none. */
    static String withReason(String verdict, org.chainatlas.api.model.Text unreported, Lang lang) {
        if (unreported == null) {
            return verdict;
        }
        return (verdict.isEmpty() ? "" : verdict + " ") + "(" + unreported.get(lang) + ")";
    }

    /** Empty where nothing was checked, ✓ where every check passes, else ✗ and what failed. */
    static String verdict(List<Check> checks, Lang lang) {
        if (checks.isEmpty()) {
            return "";
        }
        List<String> failed = checks.stream().filter(c -> !c.consistent()).map(c -> c.message().get(lang)).toList();
        return failed.isEmpty() ? PASS : FAIL + " " + String.join("; ", failed);
    }

    /** "Industrial parks: Zhejiang (330000) 9 · Shanghai (310000) 4 · Jiangsu (320000) 3", one per category with place figures. */
    static List<String> byPlace(LayerStats stats, Names names) {
        List<String> lines = new ArrayList<>();
        for (CategoryStats category : stats.categories()) {
            if (!category.places().isEmpty()) {
                List<String> parts = category.places().stream()
                        .map(p -> names.placeLabel(p.place().id()) + " " + p.reported()).toList();
                lines.add(names.get(category.category().name()) + (names.lang() == Lang.ZH ? "：" : ": ")
                        + String.join(" · ", parts));
            }
        }
        return lines;
    }

    /** "35 named entries, 0 pending". */
    static String total(org.chainatlas.api.Statistics statistics, Lang lang) {
        return Formats.format(Labels.TOTAL, lang, statistics.named(), statistics.pending());
    }
}
