package org.chainatlas.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;

/**
 * One installed layer with its named entries and its reported total, as atlas:layers shows it.
 * The counts come from the snapshot's statistics so that atlas:layers and atlas:stats agree.
 *
 * @param reported the layer's reported total, null where the source gives none (or, across
 *                 regions, where a region that names entries reports none: {@code unreported} says so)
 * @param regions  each region's own figures, where the atlas holds several regions
 */
record LayerSummary(Layer layer, int named, Long reported, List<Statistics.RegionFigures> regions, Text unreported) {

    /** A layer of an atlas of one region. */
    LayerSummary(Layer layer, int named, Long reported) {
        this(layer, named, reported, List.of(), null);
    }

    /** Every installed layer, bottom first. */
    static List<LayerSummary> of(AtlasSnapshot snapshot) {
        Statistics statistics = snapshot.statistics(null);
        Map<String, Statistics.LayerStats> stats = statistics.layers().stream()
                .collect(Collectors.toMap(s -> s.layer().id(), Function.identity(), (a, b) -> a));
        return snapshot.layers().stream()
                .sorted(Comparator.comparingInt(Layer::rank))
                .map(layer -> of(layer, stats.get(layer.id())))
                .collect(Collectors.toList());
    }

    private static LayerSummary of(Layer layer, Statistics.LayerStats stats) {
        return stats == null ? new LayerSummary(layer, 0, null)
                : new LayerSummary(layer, stats.named(), stats.reported(), stats.regions(), stats.unreported());
    }
}
