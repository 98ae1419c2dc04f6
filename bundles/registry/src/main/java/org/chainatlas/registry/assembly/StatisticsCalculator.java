package org.chainatlas.registry.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.Check;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.PlaceStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;

/**
 * Reported figures against named entries. Figures of several datasets for the same layer or
 * category add up; checks compare parts with their whole and printed shares with the counts,
 * allowing for the rounding the source used (a share printed as 87 may be 86.5 to 87.5).
 */
final class StatisticsCalculator {
    /** How many entries are named where: answered from indexes, so statistics do not scan entries. */
    interface Counts {
        int named(String layer);

        int named(String layer, String facet, String category);

        int namedIn(String layer, String facet, String category, Set<String> places);
    }

    private final List<Layer> layers;
    private final Counts counts;
    private final List<Figure> figures;
    private final PlaceTree places;
    private final int pending;

    StatisticsCalculator(List<Layer> layers, Counts counts, List<Figure> figures, PlaceTree places, int pending) {
        this.layers = layers;
        this.counts = counts;
        this.figures = figures;
        this.places = places;
        this.pending = pending;
    }

    // Plain loops, not streams: every atlas:stats runs this (see the package notes).
    Statistics calculate() {
        List<LayerStats> stats = new ArrayList<>(layers.size());
        int named = 0;
        for (Layer layer : layers) {
            LayerStats s = layer(layer);
            stats.add(s);
            named += s.named();
        }
        return new Statistics(named, pending, List.copyOf(stats));
    }

    private LayerStats layer(Layer layer) {
        int named = counts.named(layer.id());
        List<Figure> own = new ArrayList<>();
        List<Figure> totals = new ArrayList<>();
        for (Figure f : figures) {
            if (f.layer().equals(layer.id())) {
                own.add(f);
                if (f.isLayerTotal()) {
                    totals.add(f);
                }
            }
        }
        Long reported = sum(totals);
        List<CategoryStats> categories = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        Long sumOfParts = null;
        for (Facet facet : layer.facets()) {
            for (Category top : facet.categories()) {
                addCategory(categories, layer.id(), facet, top, 0, own, reported);
            }
            List<Long> parts = reportedFor(own, facet.id(), facet.categories());
            addIfPresent(checks, partsCheck(parts, reported, true));
            if (sumOfParts == null) {
                sumOfParts = sumOfKnown(parts);
            }
        }
        addIfPresent(checks, namedCheck(named, reported));
        return new LayerStats(layer, reported, sumOfParts, named, categories, checks);
    }

    private void addCategory(List<CategoryStats> out, String layer, Facet facet, Category category, int depth,
                             List<Figure> own, Long layerReported) {
        int named = counts.named(layer, facet.id(), category.id());
        List<Figure> whole = wholeFigures(own, facet.id(), category.id());
        Long reported = sum(whole);
        Double reportedShare = whole.size() == 1 ? whole.get(0).share() : null;
        Double computedShare = reported == null || layerReported == null || layerReported == 0
                ? null : 100.0 * reported / layerReported;
        List<Check> checks = new ArrayList<>();
        if (reportedShare != null && computedShare != null) {
            checks.add(shareCheck(reportedShare, reported, layerReported));
        }
        List<PlaceStats> byPlace = placeStats(own, layer, facet, category);
        if (!byPlace.isEmpty() && reported != null) {
            List<Long> parts = new ArrayList<>(byPlace.size());
            for (PlaceStats p : byPlace) {
                parts.add(p.reported());
            }
            checks.add(partsCheck(parts, reported, false));
        }
        if (!category.children().isEmpty() && reported != null) {
            List<Long> parts = reportedFor(own, facet.id(), category.children());
            addIfPresent(checks, partsCheck(parts, reported, true));
        }
        addIfPresent(checks, namedCheck(named, reported));
        out.add(new CategoryStats(facet.id(), category, depth, reported, named,
                reportedShare, computedShare, byPlace, checks));
        for (Category child : category.children()) {
            addCategory(out, layer, facet, child, depth + 1, own, layerReported);
        }
    }

    private List<PlaceStats> placeStats(List<Figure> own, String layer, Facet facet, Category category) {
        Map<String, Long> byPlace = new LinkedHashMap<>(); // in the order the source gives them
        for (Figure f : own) {
            if (facet.id().equals(f.facet()) && category.id().equals(f.category()) && f.place() != null) {
                Long before = byPlace.get(f.place());
                byPlace.put(f.place(), before == null ? f.value() : before + f.value());
            }
        }
        List<PlaceStats> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : byPlace.entrySet()) {
            if (places.get(e.getKey()) != null) {
                int inPlace = counts.namedIn(layer, facet.id(), category.id(), places.within(e.getKey()));
                out.add(new PlaceStats(places.get(e.getKey()), e.getValue(), inPlace));
            }
        }
        return out;
    }

    /** Figures for the whole of a category (not one place of it). */
    private static List<Figure> wholeFigures(List<Figure> own, String facet, String category) {
        List<Figure> whole = new ArrayList<>();
        for (Figure f : own) {
            if (facet.equals(f.facet()) && category.equals(f.category()) && f.place() == null) {
                whole.add(f);
            }
        }
        return whole;
    }

    /** What is reported for each of the categories, null where nothing is. */
    private static List<Long> reportedFor(List<Figure> own, String facet, List<Category> categories) {
        List<Long> parts = new ArrayList<>(categories.size());
        for (Category c : categories) {
            parts.add(sum(wholeFigures(own, facet, c.id())));
        }
        return parts;
    }

    private static Long sum(List<Figure> figures) {
        if (figures.isEmpty()) {
            return null;
        }
        long sum = 0;
        for (Figure f : figures) {
            sum += f.value();
        }
        return sum;
    }

    /** The sum of the parts that are reported, or null if none is. */
    private static Long sumOfKnown(List<Long> parts) {
        Long sum = null;
        for (Long part : parts) {
            if (part != null) {
                sum = (sum == null ? 0 : sum) + part;
            }
        }
        return sum;
    }

    private static void addIfPresent(List<Check> checks, Check check) {
        if (check != null) {
            checks.add(check);
        }
    }

    /**
     * Parts against their whole: exceeding it is always a contradiction; falling short is one only
     * when the parts are {@code exhaustive} (all categories of a level) and every one is reported.
     * Places are never exhaustive: a source may give figures for some provinces only.
     */
    static Check partsCheck(List<Long> parts, Long whole, boolean exhaustive) {
        Long known = sumOfKnown(parts);
        if (whole == null || known == null) {
            return null;
        }
        long sum = known;
        StringBuilder expression = new StringBuilder();
        int count = 0;
        for (Long part : parts) {
            if (part != null) {
                expression.append(count++ == 0 ? "" : " + ").append(part);
            }
        }
        expression.append(" = ").append(sum);
        boolean complete = exhaustive && count == parts.size();
        if (sum == whole) {
            return new Check(true, new Text(expression + "，与报告的 " + whole + " 一致",
                    expression + ", equal to the reported " + whole));
        }
        if (sum > whole || complete) {
            return new Check(false, new Text(expression + "，与报告的 " + whole + " 不符",
                    expression + ", but the reported whole is " + whole));
        }
        return new Check(true, new Text("已报告的部分 " + expression + "，未超过报告的 " + whole,
                "reported parts " + expression + " stay within the reported " + whole));
    }

    static Check shareCheck(double printed, long part, long whole) {
        double computed = 100.0 * part / whole;
        double tolerance = 0.5 * Math.pow(10, -decimals(printed)) + 1e-9;
        String ratio = part + "/" + whole + " = " + percent(computed);
        if (Math.abs(printed - computed) <= tolerance) {
            return new Check(true, new Text("报告占比 " + percent(printed) + " 与 " + ratio + " 在四舍五入范围内一致",
                    "reported share " + percent(printed) + " matches " + ratio + " within the source's rounding"));
        }
        return new Check(false, new Text("报告占比 " + percent(printed) + "，但 " + ratio,
                "reported share " + percent(printed) + ", but " + ratio));
    }

    /** More entries named than reported: a contradiction; null otherwise. */
    private static Check namedCheck(int named, Long reported) {
        if (reported == null || named <= reported) {
            return null;
        }
        return new Check(false, new Text("已列名 " + named + " 个，超过报告数 " + reported,
                named + " entries are named but only " + reported + " are reported"));
    }

    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }

    static String percent(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString() + "%";
    }
}
