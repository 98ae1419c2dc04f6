package org.chainatlas.registry.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

    Statistics calculate() {
        List<LayerStats> stats = layers.stream().map(this::layer).toList();
        int named = stats.stream().mapToInt(LayerStats::named).sum();
        return new Statistics(named, pending, stats);
    }

    private LayerStats layer(Layer layer) {
        int named = counts.named(layer.id());
        List<Figure> own = figures.stream().filter(f -> f.layer().equals(layer.id())).toList();
        Long reported = sum(own.stream().filter(Figure::isLayerTotal).toList());
        List<CategoryStats> categories = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        Long sumOfParts = null;
        for (Facet facet : layer.facets()) {
            for (Category top : facet.categories()) {
                addCategory(categories, layer.id(), facet, top, 0, own, reported);
            }
            List<Long> parts = facet.categories().stream()
                    .map(c -> reportedFor(own, facet.id(), c.id())).toList();
            Check check = partsCheck(parts, reported, true);
            if (check != null) {
                checks.add(check);
            }
            if (sumOfParts == null && parts.stream().anyMatch(Objects::nonNull)) {
                sumOfParts = parts.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
            }
        }
        namedCheck(named, reported).ifPresent(checks::add);
        return new LayerStats(layer, reported, sumOfParts, named, categories, checks);
    }

    private void addCategory(List<CategoryStats> out, String layer, Facet facet, Category category, int depth,
                             List<Figure> own, Long layerReported) {
        int named = counts.named(layer, facet.id(), category.id());
        List<Figure> whole = own.stream().filter(f -> facet.id().equals(f.facet())
                && category.id().equals(f.category()) && f.place() == null).toList();
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
            checks.add(partsCheck(byPlace.stream().map(p -> (Long) p.reported()).toList(), reported, false));
        }
        if (!category.children().isEmpty() && reported != null) {
            List<Long> parts = category.children().stream().map(c -> reportedFor(own, facet.id(), c.id())).toList();
            Check check = partsCheck(parts, reported, true);
            if (check != null) {
                checks.add(check);
            }
        }
        namedCheck(named, reported).ifPresent(checks::add);
        out.add(new CategoryStats(facet.id(), category, depth, reported, named,
                reportedShare, computedShare, byPlace, checks));
        for (Category child : category.children()) {
            addCategory(out, layer, facet, child, depth + 1, own, layerReported);
        }
    }

    private List<PlaceStats> placeStats(List<Figure> own, String layer, Facet facet, Category category) {
        Map<String, Long> byPlace = own.stream()
                .filter(f -> facet.id().equals(f.facet()) && category.id().equals(f.category()) && f.place() != null)
                .collect(Collectors.groupingBy(Figure::place, LinkedHashMap::new, Collectors.summingLong(Figure::value)));
        List<PlaceStats> out = new ArrayList<>();
        byPlace.forEach((placeId, value) -> {
            Set<String> within = places.within(placeId);
            int inPlace = counts.namedIn(layer, facet.id(), category.id(), within);
            if (places.get(placeId) != null) {
                out.add(new PlaceStats(places.get(placeId), value, inPlace));
            }
        });
        return out;
    }

    private static Long reportedFor(List<Figure> own, String facet, String category) {
        return sum(own.stream().filter(f -> facet.equals(f.facet()) && category.equals(f.category())
                && f.place() == null).toList());
    }

    private static Long sum(List<Figure> figures) {
        return figures.isEmpty() ? null : figures.stream().mapToLong(Figure::value).sum();
    }

    /**
     * Parts against their whole: exceeding it is always a contradiction; falling short is one only
     * when the parts are {@code exhaustive} (all categories of a level) and every one is reported.
     * Places are never exhaustive: a source may give figures for some provinces only.
     */
    static Check partsCheck(List<Long> parts, Long whole, boolean exhaustive) {
        List<Long> known = parts.stream().filter(Objects::nonNull).toList();
        if (whole == null || known.isEmpty()) {
            return null;
        }
        long sum = known.stream().mapToLong(Long::longValue).sum();
        String expression = known.stream().map(String::valueOf).collect(Collectors.joining(" + ")) + " = " + sum;
        boolean complete = exhaustive && known.size() == parts.size();
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

    private static java.util.Optional<Check> namedCheck(int named, Long reported) {
        if (reported == null || named <= reported) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Check(false, new Text("已列名 " + named + " 个，超过报告数 " + reported,
                named + " entries are named but only " + reported + " are reported")));
    }

    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }

    static String percent(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString() + "%";
    }
}
