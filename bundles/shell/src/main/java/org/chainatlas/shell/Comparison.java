package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Layer;

/**
 * Two regions of one snapshot side by side: per layer and per top-level category, what each
 * reports and names, and the difference B − A; then the organisations that appear in both.
 */
record Comparison(Side a, Side b, List<LayerRow> layers, List<OrganisationMatcher.Pair> organisations) {

    /** One side: the region as the user gave it and the datasets it selected. */
    record Side(String region, List<DatasetStatus> datasets) {
        List<String> datasetIds() {
            return datasets.stream().map(DatasetStatus::id).toList();
        }
    }

    /**
     * What one side knows of a layer or category. {@code sumOfParts} stands in for a layer's
     * missing figure, as on the map.
     */
    record Figures(Long reported, Long sumOfParts, int named) {

        static final Figures NONE = new Figures(null, null, 0);

        /** The reported figure, else the sum of the parts, else null. */
        Long whole() {
            return reported != null ? reported : sumOfParts;
        }

        Double coverage() {
            return Statistics.ratio(named, whole());
        }
    }

    /** B − A; null where either side has no figure. */
    record Difference(Long reported, int named, Double coverage) {
        static Difference of(Figures a, Figures b) {
            Long reported = a.whole() == null || b.whole() == null ? null : b.whole() - a.whole();
            Double coverage = a.coverage() == null || b.coverage() == null ? null : b.coverage() - a.coverage();
            return new Difference(reported, b.named() - a.named(), coverage);
        }
    }

    record CategoryRow(String facet, Category category, Figures a, Figures b) {
        Difference difference() {
            return Difference.of(a, b);
        }
    }

    record LayerRow(Layer layer, Figures a, Figures b, List<CategoryRow> categories) {
        Difference difference() {
            return Difference.of(a, b);
        }
    }

    /**
     * Narrows {@code snapshot} to {@code a} and to {@code b} (anything
     * {@link AtlasSnapshot#region} accepts) and compares them.
     *
     * @throws AtlasException where a and b are the same, or select the same datasets
     */
    static Comparison of(AtlasSnapshot snapshot, String a, String b) {
        if (a.strip().equalsIgnoreCase(b.strip())) {
            throw new AtlasException("atlas:compare needs two different regions, got '" + a + "' twice;"
                    + " atlas:datasets lists the regions");
        }
        AtlasSnapshot left = snapshot.region(a);
        AtlasSnapshot right = snapshot.region(b);
        Side sideA = new Side(a, left.datasets());
        Side sideB = new Side(b, right.datasets());
        if (sideA.datasetIds().equals(sideB.datasetIds())) {
            throw new AtlasException("'" + a + "' and '" + b + "' both select " + datasets(sideA.datasetIds())
                    + "; give two regions with different datasets");
        }
        Map<String, LayerStats> statsB = byId(right.statistics(null));
        List<LayerRow> layers = new ArrayList<>();
        for (LayerStats layerA : left.statistics(null).layers()) {
            Optional<LayerStats> layerB = Optional.ofNullable(statsB.get(layerA.layer().id()));
            List<CategoryRow> categories = layerA.categories().stream()
                    .filter(c -> c.depth() == 0)
                    .map(c -> new CategoryRow(c.facet(), c.category(), figures(c),
                            layerB.flatMap(l -> category(l, c)).map(Comparison::figures).orElse(Figures.NONE)))
                    .toList();
            layers.add(new LayerRow(layerA.layer(), figures(layerA),
                    layerB.map(Comparison::figures).orElse(Figures.NONE), categories));
        }
        return new Comparison(sideA, sideB, layers, OrganisationMatcher.pairs(left.entries(), right.entries()));
    }

    private static String datasets(List<String> ids) {
        return ids.size() == 1 ? "dataset " + ids.get(0) : "datasets " + String.join(", ", ids);
    }

    private static Map<String, LayerStats> byId(Statistics statistics) {
        return statistics.layers().stream()
                .collect(Collectors.toMap(l -> l.layer().id(), Function.identity(), (x, y) -> x));
    }

    private static Optional<CategoryStats> category(LayerStats layer, CategoryStats like) {
        return layer.categories().stream()
                .filter(c -> c.facet().equals(like.facet()) && c.category().id().equals(like.category().id()))
                .findFirst();
    }

    private static Figures figures(LayerStats stats) {
        return new Figures(stats.reported(), stats.sumOfParts(), stats.named());
    }

    private static Figures figures(CategoryStats stats) {
        return new Figures(stats.reported(), null, stats.named());
    }
}
