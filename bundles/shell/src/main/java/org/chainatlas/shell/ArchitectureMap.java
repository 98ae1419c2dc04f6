package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.PlaceStats;
import org.chainatlas.api.Statistics.RegionFigures;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;

/**
 * The ecosystem architecture as the seed's picture reads: the layers as bands, top layer first,
 * each with its facets, their category trees, the figures reported for them and the entries named
 * in them. Built from one snapshot; {@link MapRenderer} draws it and {@link MapJson} writes it.
 *
 * @param datasets the datasets the map shows, by id
 */
record ArchitectureMap(List<DatasetStatus> datasets, List<Band> bands, int named) {

    /**
     * One layer. {@code reported} is the layer's own figure; {@code sumOfParts} adds up its
     * top-level category figures where the source gives those (null where it gives none).
     *
     * @param unclassified entries of the layer in no category of any of its facets
     * @param regions      each region's own figures, where the map holds several regions
     * @param unreported   why {@code reported} is null although a region reports a figure, or null
     */
    record Band(Layer layer, Long reported, Long sumOfParts, int named, List<FacetBlock> facets,
                List<Entry> unclassified, List<RegionFigures> regions, Text unreported) {

        /** Named ÷ reported, against the sum of the parts where the layer has no figure of its own. */
        Double coverage() {
            return Statistics.ratio(named, reported != null ? reported : sumOfParts);
        }
    }

    record FacetBlock(Facet facet, List<Block> categories) {
    }

    /**
     * One category with what is known of it.
     *
     * @param reportedShare the share of its layer the source prints, in percent, or null
     * @param named         entries in it or below it
     * @param entries       entries placed directly in it (those of its children are under them)
     */
    record Block(Category category, int depth, Long reported, Double reportedShare, int named,
                 List<PlaceStats> places, List<Entry> entries, List<Block> children) {
    }

    /** The map of everything {@code snapshot} holds. */
    static ArchitectureMap of(AtlasSnapshot snapshot) {
        Statistics statistics = snapshot.statistics(null);
        Map<String, LayerStats> stats = statistics.layers().stream()
                .collect(Collectors.toMap(s -> s.layer().id(), s -> s, (a, b) -> a));
        List<Band> bands = snapshot.layers().stream()
                .sorted(Comparator.comparingInt(Layer::rank).reversed())
                .map(layer -> band(layer, stats.get(layer.id()), snapshot.entries()))
                .toList();
        return new ArchitectureMap(snapshot.datasets(), bands, bands.stream().mapToInt(Band::named).sum());
    }

    private static Band band(Layer layer, LayerStats stats, List<Entry> all) {
        List<Entry> entries = all.stream().filter(e -> e.layer().equals(layer.id())).toList();
        Map<String, CategoryStats> byCategory = new HashMap<>();
        if (stats != null) {
            stats.categories().forEach(c -> byCategory.putIfAbsent(c.facet() + ":" + c.category().id(), c));
        }
        List<FacetBlock> facets = layer.facets().stream()
                .map(facet -> new FacetBlock(facet, facet.categories().stream()
                        .map(c -> block(facet, c, 0, entries, byCategory)).toList()))
                .toList();
        List<Entry> unclassified = entries.stream()
                .filter(e -> layer.facets().stream().noneMatch(f -> e.categories(f.id()).stream()
                        .anyMatch(id -> f.find(id).isPresent())))
                .toList();
        if (stats == null) {
            return new Band(layer, null, null, entries.size(), facets, unclassified, List.of(), null);
        }
        return new Band(layer, stats.reported(), stats.sumOfParts(), stats.named(), facets, unclassified,
                stats.regions(), stats.unreported());
    }

    private static Block block(Facet facet, Category category, int depth, List<Entry> layerEntries,
                               Map<String, CategoryStats> stats) {
        CategoryStats own = stats.get(facet.id() + ":" + category.id());
        List<Entry> direct = layerEntries.stream()
                .filter(e -> e.categories(facet.id()).contains(category.id())).toList();
        List<Block> children = new ArrayList<>();
        for (Category child : category.children()) {
            children.add(block(facet, child, depth + 1, layerEntries, stats));
        }
        int named = own != null ? own.named() : (int) layerEntries.stream()
                .filter(e -> e.categories(facet.id()).stream().anyMatch(category::covers)).count();
        return new Block(category, depth, own == null ? null : own.reported(),
                own == null ? null : own.reportedShare(), named,
                own == null ? List.of() : own.places(), direct, children);
    }

    /** True where some band has no figure of its own but a sum of its parts, shown as "Σ". */
    boolean usesSums() {
        return bands.stream().anyMatch(b -> b.reported() == null && b.sumOfParts() != null);
    }

    List<String> datasetIds() {
        return datasets.stream().map(DatasetStatus::id).filter(Objects::nonNull).toList();
    }
}
