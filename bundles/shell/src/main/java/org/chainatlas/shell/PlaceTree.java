package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Place;

/**
 * The place hierarchy in reading order (each place followed by its children, depth first) with
 * how many entries lie in each place or below it. An entry in two districts of one province counts
 * once for the province.
 */
final class PlaceTree {

    /** One place of the tree; {@code depth} 0 for a place without a (known) parent. */
    record Row(Place place, int depth, int entries) {
    }

    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, List<Place>> children = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    private PlaceTree(List<Place> all, List<Entry> entries) {
        all.forEach(p -> places.putIfAbsent(p.id(), p));
        places.values().forEach(p -> children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p));
        entries.forEach(e -> enclosing(e.places()).forEach(id -> counts.merge(id, 1, Integer::sum)));
    }

    static List<Row> rows(List<Place> places, List<Entry> entries) {
        return new PlaceTree(places, entries).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        places.values().stream().filter(p -> !places.containsKey(p.parent()))
                .forEach(root -> walk(root, 0, rows, seen));
        // Places caught in a parent cycle have no root; list them rather than lose them.
        places.values().stream().filter(p -> !seen.contains(p.id())).forEach(p -> walk(p, 0, rows, seen));
        return rows;
    }

    private void walk(Place place, int depth, List<Row> rows, Set<String> seen) {
        if (!seen.add(place.id())) {
            return;
        }
        rows.add(new Row(place, depth, counts.getOrDefault(place.id(), 0)));
        children.getOrDefault(place.id(), List.of()).forEach(child -> walk(child, depth + 1, rows, seen));
    }

    /** The given places and all places that enclose them. */
    private Set<String> enclosing(List<String> ids) {
        Set<String> all = new HashSet<>();
        for (String id : ids) {
            for (String at = id; at != null && all.add(at); ) {
                Place place = places.get(at);
                at = place == null ? null : place.parent();
            }
        }
        return all;
    }
}
