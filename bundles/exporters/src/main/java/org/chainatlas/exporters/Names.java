package org.chainatlas.exporters;

import org.chainatlas.api.model.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * The names behind the ids an export shows (layers, facets, categories, places, sources), in one
 * language, resolved against one snapshot. An id that does not resolve is shown as itself rather
 * than failing the whole export.
 */
final class Names {

    /** How many regions a title names before it counts the rest. */
    private static final int TITLE_REGIONS = 4;

    private final AtlasSnapshot atlas;
    private final Lang lang;
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();

    Names(AtlasSnapshot atlas, Lang lang) {
        this.atlas = atlas;
        this.lang = lang;
        atlas.layers().forEach(l -> layers.putIfAbsent(l.id(), l));
        // First one wins: places of two datasets may share an id.
        atlas.places().forEach(p -> places.putIfAbsent(p.id(), p));
    }

    AtlasSnapshot atlas() {
        return atlas;
    }

    Lang lang() {
        return lang;
    }

    /** {@code text} in the chosen language; empty for null. */
    String get(Text text) {
        return text == null ? "" : text.get(lang);
    }

    String both(Text text) {
        return Formats.both(text, lang);
    }

    /** Installed layers, top layer first: the order the diagram and the reports read in. */
    List<Layer> topDown() {
        return atlas.layers().stream().sorted(Comparator.comparingInt(Layer::rank).reversed()).toList();
    }

    Text layerName(String id) {
        return Optional.ofNullable(layers.get(id)).map(Layer::name).orElse(raw(id));
    }

    Text facetName(String layer, String facet) {
        return facet(layer, facet).map(Facet::name).orElse(raw(facet));
    }

    Text categoryName(String layer, String facet, String category) {
        return facet(layer, facet).flatMap(f -> f.find(category)).map(Category::name).orElse(raw(category));
    }

    /** The names of the categories {@code entry} sits in along {@code facet}. */
    List<String> categoryNames(Entry entry, String facet) {
        return entry.categories(facet).stream().map(c -> get(categoryName(entry.layer(), facet, c))).toList();
    }

    /** The address an entry's name leads to, its homepage: its first link, or null where it has none. */
    static String homepage(Entry entry) {
        return entry.links().isEmpty() ? null : entry.links().get(0);
    }

    /** "静安区 (310106)": the name, and the GB/T 2260 code where the place has one. */
    String placeLabel(String id) {
        Place place = places.get(id);
        if (place == null) {
            return id;
        }
        return place.code() == null ? get(place.name()) : get(place.name()) + " (" + place.code() + ")";
    }

    List<String> placeLabels(Entry entry) {
        return entry.places().stream().map(this::placeLabel).toList();
    }

    /** The place itself and every place that encloses it, by id and by code: what "in this place" matches. */
    List<String> placeKeys(String id) {
        List<String> keys = new ArrayList<>();
        String current = id;
        while (current != null && !keys.contains(current)) {
            keys.add(current);
            Place place = places.get(current);
            if (place == null) {
                break;
            }
            if (place.code() != null && !keys.contains(place.code())) {
                keys.add(place.code());
            }
            current = place.parent();
        }
        return keys;
    }

    /** How deep a place sits in its hierarchy: 0 for a region without a parent. */
    int depth(Place place) {
        int depth = 0;
        for (Place p = places.get(place.parent()); p != null && depth < places.size(); p = places.get(p.parent())) {
            depth++;
        }
        return depth;
    }

    /**
     * The export's title: the dataset's own where there is one, else the atlas's followed by the
     * regions it holds, so that a page of several regions says which.
     */
    String title() {
        List<DatasetDocument> documents = atlas.documents();
        if (documents.size() == 1) {
            return get(documents.get(0).title());
        }
        java.util.LinkedHashSet<String> regions = new java.util.LinkedHashSet<>();
        for (DatasetDocument d : documents) {
            regions.add(regionName(d.region() == null ? d.id() : d.region()));
        }
        String separator = lang == Lang.ZH ? "、" : ", ";
        String named = regions.stream().limit(TITLE_REGIONS).collect(java.util.stream.Collectors.joining(separator));
        int more = regions.size() - TITLE_REGIONS;
        String rest = more <= 0 ? "" : lang == Lang.ZH ? " 等 " + regions.size() + " 个地区" : " and " + more + " more regions";
        return get(Labels.DEFAULT_TITLE) + (regions.isEmpty() ? "" : (lang == Lang.ZH ? "：" : ": ") + named + rest);
    }

    /** A region as the statistics name it (a place, or a dataset that names none), for the title. */
    private String regionName(String region) {
        Place place = places.get(region);
        if (place != null) {
            return get(place.name());
        }
        for (DatasetDocument d : atlas.documents()) {
            if (d.id().equals(region)) {
                return get(d.title());
            }
        }
        return region;
    }

    /** Every source the selected datasets cite, each once. */
    List<Source> sources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        atlas.documents().forEach(d -> d.sources().forEach(s -> sources.putIfAbsent(d.id() + "/" + s.id(), s)));
        return List.copyOf(sources.values());
    }

    /** "产业区块链生态架构图（2022-10-29）" / "Industrial ... map (2022-10-29)". */
    String cite(Source source) {
        String title = get(source.title());
        if (source.date() == null) {
            return title;
        }
        return lang == Lang.ZH ? title + "（" + source.date() + "）" : title + " (" + source.date() + ")";
    }

    /** One line naming every source, with its address: the diagram's and the report's footer. */
    String sourceLine() {
        List<String> parts = sources().stream()
                .map(s -> s.url() == null ? cite(s) : cite(s) + " " + s.url()).toList();
        String sources = parts.isEmpty() ? Numbers.NONE : String.join("; ", parts);
        return get(Labels.SOURCE_LINE) + (lang == Lang.ZH ? "：" : ": ") + sources;
    }

    /** "yrd-2022 1.0.0": which datasets, in which version, an export was made from. */
    String datasetLine() {
        return String.join(", ", atlas.documents().stream()
                .map(d -> d.version() == null ? d.id() : d.id() + " " + d.version()).toList());
    }

    private Optional<Facet> facet(String layer, String facet) {
        return Optional.ofNullable(layers.get(layer)).flatMap(l -> l.facet(facet));
    }

    private static Text raw(String id) {
        return Text.of(id, id);
    }
}
