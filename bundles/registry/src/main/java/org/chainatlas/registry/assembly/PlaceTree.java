package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Place;

/** The places of all datasets as one hierarchy: the first dataset to define an id defines it. */
final class PlaceTree {
    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final List<Place> ordered = new ArrayList<>();

    PlaceTree(List<Place> all) {
        for (Place p : all) {
            byId.putIfAbsent(p.id(), p);
        }
        for (Place p : byId.values()) {
            if (p.parent() != null && byId.containsKey(p.parent())) {
                List<String> siblings = children.get(p.parent());
                if (siblings == null) {
                    siblings = new ArrayList<>();
                    children.put(p.parent(), siblings);
                }
                siblings.add(p.id());
            }
        }
        for (Place root : byId.values()) {
            if (root.parent() == null || !byId.containsKey(root.parent())) {
                walk(root.id(), new HashSet<>());
            }
        }
    }

    private void walk(String id, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        ordered.add(byId.get(id));
        for (String child : children.getOrDefault(id, List.of())) {
            walk(child, seen);
        }
    }

    /** Places parents first, each followed by its children. */
    List<Place> ordered() {
        return List.copyOf(ordered);
    }

    Place get(String id) {
        return byId.get(id);
    }

    int depth(Place place) {
        int depth = 0;
        for (Place p = place; p.parent() != null && byId.containsKey(p.parent()) && depth < 32; p = byId.get(p.parent())) {
            depth++;
        }
        return depth;
    }

    /** The place and every place below it. */
    Set<String> within(String id) {
        Set<String> all = new HashSet<>();
        collect(id, all);
        return all;
    }

    private void collect(String id, Set<String> into) {
        if (into.add(id)) {
            for (String child : children.getOrDefault(id, List.of())) {
                collect(child, into);
            }
        }
    }

    Place find(String idCodeOrName) {
        String wanted = idCodeOrName == null ? "" : idCodeOrName.strip();
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (Place p : byId.values()) {
            if (p.id().equals(lower) || wanted.equals(p.code())
                    || wanted.equals(p.name().zh()) || lower.equalsIgnoreCase(String.valueOf(p.name().en()))) {
                return p;
            }
        }
        if (byId.isEmpty()) {
            throw new AtlasException("no place '" + idCodeOrName + "'; no places are installed");
        }
        List<String> names = new ArrayList<>();
        for (Place p : ordered) {
            names.add(p.id() + " (" + p.name().get(org.chainatlas.api.model.Lang.ZH) + ")");
        }
        throw new AtlasException("no place '" + idCodeOrName + "'; places: " + String.join(", ", names));
    }
}
