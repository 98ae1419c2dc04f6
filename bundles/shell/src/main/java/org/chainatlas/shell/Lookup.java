package org.chainatlas.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/**
 * Names for the ids an entry refers to (layer, facet, category, place), resolved against one
 * snapshot. An id that does not resolve is shown as itself rather than failing the whole listing.
 */
final class Lookup {

    private final Map<String, Layer> layers;
    private final Map<String, Place> places;
    private final AtlasSnapshot snapshot;
    /** Asked per id shown, never by scanning every entry: a page of a million-entry atlas stays cheap. */
    private final Map<String, Boolean> sharedIds = new HashMap<>();

    private Lookup(Map<String, Layer> layers, Map<String, Place> places, AtlasSnapshot snapshot) {
        this.layers = layers;
        this.places = places;
        this.snapshot = snapshot;
    }

    static Lookup of(AtlasSnapshot snapshot) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (Layer layer : snapshot.layers()) {
            layers.putIfAbsent(layer.id(), layer);
        }
        Map<String, Place> places = new LinkedHashMap<>();
        for (Place place : snapshot.places()) {
            places.putIfAbsent(place.id(), place); // the first wins: places of two datasets may share an id
        }
        return new Lookup(layers, places, snapshot);
    }

    Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    // Names are looked up for every row a command prints: plain null checks, no Optional chains.

    Text layerName(String id) {
        Layer layer = layers.get(id);
        return layer != null ? layer.name() : raw(id);
    }

    Text facetName(String layer, String facet) {
        Facet found = facet(layer, facet);
        return found != null ? found.name() : raw(facet);
    }

    Text categoryName(String layer, String facet, String category) {
        Facet found = facet(layer, facet);
        Category c = found == null ? null : found.find(category).orElse(null);
        return c != null ? c.name() : raw(category);
    }

    Text placeName(String id) {
        Place place = places.get(id);
        return place != null ? place.name() : raw(id);
    }

    /** The id a user can type to reach the entry: bare where unique, else "dataset/id". */
    String displayId(Entry entry) {
        Boolean shared = sharedIds.get(entry.id());
        if (shared == null) {
            shared = snapshot.datasetsUsingId(entry.id()) > 1;
            sharedIds.put(entry.id(), shared);
        }
        return shared ? entry.qualifiedId() : entry.id();
    }

    private Facet facet(String layer, String facet) {
        Layer l = layers.get(layer);
        return l == null ? null : l.facet(facet).orElse(null);
    }

    private static Text raw(String id) {
        return Text.of(id, id);
    }
}
