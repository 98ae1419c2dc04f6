package org.chainatlas.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
        return new Lookup(byId(snapshot.layers(), Layer::id), byId(snapshot.places(), Place::id), snapshot);
    }

    Optional<Layer> layer(String id) {
        return Optional.ofNullable(layers.get(id));
    }

    Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    Text layerName(String id) {
        return layer(id).map(Layer::name).orElse(raw(id));
    }

    Text facetName(String layer, String facet) {
        return facet(layer, facet).map(Facet::name).orElse(raw(facet));
    }

    Text categoryName(String layer, String facet, String category) {
        return facet(layer, facet).flatMap(f -> f.find(category)).map(Category::name).orElse(raw(category));
    }

    Text placeName(String id) {
        return place(id).map(Place::name).orElse(raw(id));
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

    private Optional<Facet> facet(String layer, String facet) {
        return layer(layer).flatMap(l -> l.facet(facet));
    }

    private static Text raw(String id) {
        return Text.of(id, id);
    }

    /** First one wins: places of two datasets may share an id. */
    private static <T> Map<String, T> byId(Iterable<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }
}
