package org.chainatlas.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;

/**
 * The baseline: the same questions answered by one plain pass over every entry, with no index.
 * Search is a lower-cased {@code contains} on id, names and organisation; list tests each entry
 * against the categories, place and dataset; statistics count every entry into its layer, its
 * categories (and their parents) and the places that figures name.
 */
public final class LinearScan {
    private final List<Entry> entries;
    private final List<Layer> layers;
    private final Map<String, Set<String>> within = new HashMap<>();
    private final List<Figure> placeFigures;
    private final Map<String, Layer> layerById = new HashMap<>();
    /** place id → itself and every place above it */
    private final Map<String, List<String>> ancestors = new HashMap<>();
    /** place id → positions in {@link #placeFigures} of the figures that name it */
    private final Map<String, List<Integer>> figuresAt = new HashMap<>();

    public LinearScan(AtlasSnapshot snapshot) {
        this.entries = snapshot.entries();
        this.layers = snapshot.layers();
        Map<String, List<String>> children = new HashMap<>();
        for (Place p : snapshot.places()) {
            if (p.parent() != null) {
                children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p.id());
            }
        }
        for (Place p : snapshot.places()) {
            Set<String> below = new HashSet<>();
            collect(p.id(), children, below);
            within.put(p.id(), below);
        }
        this.placeFigures = snapshot.figures().stream().filter(f -> f.place() != null && f.category() != null).toList();
        for (int i = 0; i < placeFigures.size(); i++) {
            figuresAt.computeIfAbsent(placeFigures.get(i).place(), k -> new ArrayList<>()).add(i);
        }
        layers.forEach(l -> layerById.put(l.id(), l));
        Map<String, String> parent = new HashMap<>();
        snapshot.places().forEach(p -> parent.putIfAbsent(p.id(), p.parent()));
        for (String id : parent.keySet()) {
            List<String> up = new ArrayList<>();
            for (String p = id; p != null && !up.contains(p); p = parent.get(p)) {
                up.add(p);
            }
            ancestors.put(id, up);
        }
    }

    private static void collect(String id, Map<String, List<String>> children, Set<String> into) {
        if (into.add(id)) {
            children.getOrDefault(id, List.of()).forEach(c -> collect(c, children, into));
        }
    }

    public List<Entry> search(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) {
            if (e.id().contains(needle) || e.name().containsLowerCase(needle)
                    || (e.organisation() != null && e.organisation().containsLowerCase(needle))) {
                found.add(e);
            }
        }
        return found;
    }

    /** A query resolved once (categories to their nodes, a place to the places within it), then a scan. */
    public final class Filter {
        private final String layer;
        private final List<Map<String, Map<String, Category>>> categories = new ArrayList<>();
        private final Set<String> places;
        private final String dataset;

        Filter(EntryQuery query) {
            this.layer = blank(query.layer()) ? null : query.layer();
            this.places = blank(query.place()) ? null : within.get(query.place());
            this.dataset = blank(query.dataset()) ? null : query.dataset();
            for (String spec : query.categories()) {
                int colon = spec.indexOf(':');
                String facetId = colon < 0 ? null : spec.substring(0, colon);
                String categoryId = colon < 0 ? spec : spec.substring(colon + 1);
                Map<String, Map<String, Category>> byLayer = new LinkedHashMap<>();
                for (Layer l : layers) {
                    if (layer != null && !l.id().equals(layer)) {
                        continue;
                    }
                    for (Facet f : l.facets()) {
                        if (facetId == null || f.id().equals(facetId)) {
                            f.find(categoryId).ifPresent(c -> byLayer.computeIfAbsent(l.id(), k -> new LinkedHashMap<>()).put(f.id(), c));
                        }
                    }
                }
                categories.add(byLayer);
            }
        }

        boolean test(Entry e) {
            if (layer != null && !layer.equals(e.layer()) || dataset != null && !dataset.equals(e.dataset())) {
                return false;
            }
            for (Map<String, Map<String, Category>> byLayer : categories) {
                Map<String, Category> byFacet = byLayer.get(e.layer());
                if (byFacet == null || byFacet.entrySet().stream().noneMatch(m ->
                        e.categories(m.getKey()).stream().anyMatch(c -> m.getValue().covers(c)))) {
                    return false;
                }
            }
            return places == null || e.places().stream().anyMatch(places::contains);
        }
    }

    public Filter filter(EntryQuery query) {
        return new Filter(query);
    }

    public List<Entry> list(Filter filter) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) {
            if (filter.test(e)) {
                found.add(e);
            }
        }
        return found;
    }

    /**
     * What statistics count, counted in one pass: per layer, per "layer facet category" (an entry
     * counts in its categories and their parents), and per figure that names a place (an entry
     * counts when one of its places lies within the figure's place).
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        int[] perFigure = new int[placeFigures.size()];
        Set<Integer> counted = new HashSet<>();
        for (Entry e : entries) {
            counts.merge(e.layer(), 1, Integer::sum);
            Layer layer = layerById.get(e.layer());
            counted.clear();
            for (Map.Entry<String, List<String>> assigned : e.categories().entrySet()) {
                Facet facet = layer.facet(assigned.getKey()).orElse(null);
                if (facet == null) {
                    continue;
                }
                Set<String> covering = new HashSet<>();
                for (Category node : facet.flatten()) {
                    for (String c : assigned.getValue()) {
                        if (node.covers(c)) {
                            covering.add(node.id());
                        }
                    }
                }
                for (String c : covering) {
                    counts.merge(e.layer() + ' ' + facet.id() + ' ' + c, 1, Integer::sum);
                }
                for (String place : e.places()) {
                    for (String around : ancestors.getOrDefault(place, List.of(place))) {
                        for (int i : figuresAt.getOrDefault(around, List.of())) {
                            Figure f = placeFigures.get(i);
                            if (f.layer().equals(e.layer()) && f.facet().equals(facet.id())
                                    && covering.contains(f.category()) && counted.add(i)) {
                                perFigure[i]++;
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < perFigure.length; i++) {
            counts.put("figure " + placeFigures.get(i).dataset() + "/" + placeFigures.get(i).id(), perFigure[i]);
        }
        return counts;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
