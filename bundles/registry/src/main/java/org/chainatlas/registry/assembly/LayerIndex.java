package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;

/**
 * The installed layers, bottom first, with each category's ancestors precomputed: what every
 * dataset segment is classified against. Immutable; a new one is made when a layer comes or goes.
 */
final class LayerIndex {
    /** By rank, then id. */
    private static final Comparator<Layer> BOTTOM_FIRST = new Comparator<>() {
        @Override
        public int compare(Layer a, Layer b) {
            int byRank = Integer.compare(a.rank(), b.rank());
            return byRank != 0 ? byRank : a.id().compareTo(b.id());
        }
    };

    private final List<Layer> ordered;
    private final Map<String, Layer> byId = new LinkedHashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();
    /** "layer facet" → category id → the category and its ancestors, self first. */
    private final Map<String, Map<String, List<String>>> lineage = new HashMap<>();

    LayerIndex(List<Layer> layers) {
        List<Layer> sorted = new ArrayList<>(layers);
        sorted.sort(BOTTOM_FIRST);
        this.ordered = List.copyOf(sorted);
        for (int i = 0; i < ordered.size(); i++) {
            Layer layer = ordered.get(i);
            byId.put(layer.id(), layer);
            rank.put(layer.id(), i);
            for (Facet facet : layer.facets()) {
                Map<String, List<String>> lines = new HashMap<>();
                for (Category c : facet.categories()) {
                    walk(c, new ArrayList<>(), lines);
                }
                lineage.put(key(layer.id(), facet.id()), lines);
            }
        }
    }

    private static void walk(Category category, List<String> ancestors, Map<String, List<String>> into) {
        List<String> line = new ArrayList<>(ancestors.size() + 1);
        line.add(category.id());
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            line.add(ancestors.get(i));
        }
        into.put(category.id(), List.copyOf(line));
        ancestors.add(category.id());
        for (Category c : category.children()) {
            walk(c, ancestors, into);
        }
        ancestors.remove(ancestors.size() - 1);
    }

    static String key(String layer, String facet) {
        return layer + '\u0000' + facet;
    }

    List<Layer> ordered() {
        return ordered;
    }

    Optional<Layer> layer(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Map<String, Layer> byId() {
        return Collections.unmodifiableMap(byId);
    }

    /** Position bottom-up (0 = lowest), or -1 for a layer that is not installed. */
    int position(String layer) {
        return rank.getOrDefault(layer, -1);
    }

    /** The category and its ancestors, self first; empty if the layer's facet has no such category. */
    List<String> lineage(String layer, String facet, String category) {
        Map<String, List<String>> lines = lineage.get(key(layer, facet));
        return lines == null ? List.of() : lines.getOrDefault(category, List.of());
    }

    boolean hasFacet(String layer, String facet) {
        return lineage.containsKey(key(layer, facet));
    }
}
