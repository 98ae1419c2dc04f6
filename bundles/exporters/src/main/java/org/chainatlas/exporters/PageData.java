package org.chainatlas.exporters;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Source;

/**
 * The entries the page filters, as JSON for its script: what a card shows, already in the chosen
 * language, and the keys the filters match against, worked out here so the script stays simple.
 */
final class PageData {

    /** The facet the openness filter reads: the base layer sorts its platforms by code openness. */
    static final String OPENNESS = "openness";

    private PageData() {
    }

    /** The JSON text, safe to put inside a {@code <script>} element. */
    static String json(Names names) {
        JsonObject root = new JsonObject();
        root.add("labels", labels(names.lang()));
        JsonArray entries = new JsonArray();
        names.atlas().entries().forEach(e -> entries.add(entry(e, names)));
        root.add("entries", entries);
        return Escape.scriptJson(new Gson().toJson(root));
    }

    private static JsonObject labels(Lang lang) {
        JsonObject labels = new JsonObject();
        labels.addProperty("organisation", Labels.ORGANISATION.get(lang));
        labels.addProperty("places", Labels.PLACES.get(lang));
        labels.addProperty("source", Labels.SOURCE.get(lang));
        labels.addProperty("links", Labels.LINKS.get(lang));
        labels.addProperty("note", Labels.NOTE.get(lang));
        labels.addProperty("colon", lang == Lang.ZH ? "：" : ": ");
        labels.addProperty("separator", lang == Lang.ZH ? "、" : ", ");
        return labels;
    }

    private static JsonObject entry(Entry entry, Names names) {
        Lang lang = names.lang();
        JsonObject json = new JsonObject();
        json.addProperty("id", entry.qualifiedId());
        json.addProperty("name", names.get(entry.name()));
        json.addProperty("otherName", Formats.other(entry.name(), lang));
        json.addProperty("layer", entry.layer());
        json.addProperty("layerName", names.get(names.layerName(entry.layer())));
        json.add("categories", strings(entry.categories().keySet().stream()
                .flatMap(facet -> names.categoryNames(entry, facet).stream()).toList()));
        json.addProperty("organisation", entry.organisation() == null ? null : names.both(entry.organisation()));
        json.add("places", strings(names.placeLabels(entry)));
        // Only http(s) becomes a link (Escape.href): a javascript: address must not run on a click.
        json.addProperty("homepage", Escape.href(Names.homepage(entry)));
        JsonArray links = new JsonArray();
        entry.links().forEach(url -> links.add(link(url)));
        json.add("links", links);
        json.addProperty("note", entry.note() == null ? null : names.get(entry.note()));
        if (entry.provenance() != null) {
            json.add("source", source(entry.provenance().source(), names));
        }
        json.addProperty("search", searchKey(entry));
        Optional<Layer> layer = names.atlas().layers().stream().filter(l -> l.id().equals(entry.layer())).findFirst();
        json.add("categoryKeys", strings(layer.map(l -> categoryKeys(entry, l)).orElse(List.of())));
        json.add("openness", strings(layer.flatMap(l -> l.facet(OPENNESS))
                .map(f -> entry.categories(OPENNESS).stream().flatMap(c -> path(f, c).stream()).map(Category::id).toList())
                .orElse(List.of())));
        json.add("placeKeys", strings(entry.places().stream().flatMap(p -> names.placeKeys(p).stream()).distinct().toList()));
        return json;
    }

    private static JsonObject source(Source source, Names names) {
        JsonObject json = new JsonObject();
        json.addProperty("title", names.get(source.title()));
        json.addProperty("date", source.date());
        json.addProperty("url", Escape.href(source.url()));
        return json;
    }

    /** One of an entry's links: the address as text, always, and as a target only where it is safe. */
    private static JsonObject link(String url) {
        JsonObject json = new JsonObject();
        json.addProperty("text", url);
        json.addProperty("url", Escape.href(url));
        return json;
    }

    /**
     * What the search box matches, lower case, as atlas:search does: ids, both names, both
     * organisation names, then all of it again without spaces and dots.
     */
    private static String searchKey(Entry entry) {
        List<String> parts = new ArrayList<>(List.of(entry.qualifiedId()));
        addBoth(parts, entry.name());
        addBoth(parts, entry.organisation());
        String key = String.join("\u0000", parts).toLowerCase(Locale.ROOT);
        return key + "\u0000" + key.replaceAll("[\\s·・.\\-_]+", "");
    }

    private static void addBoth(List<String> parts, org.chainatlas.api.model.Text text) {
        if (text != null) {
            if (text.zh() != null) {
                parts.add(text.zh());
            }
            if (text.en() != null) {
                parts.add(text.en());
            }
        }
    }

    /**
     * Every way the category filter may name a category the entry is in or below: "id",
     * "facet:id" and "layer:facet:id" (see {@link HtmlPage} for which one an option uses).
     */
    private static List<String> categoryKeys(Entry entry, Layer layer) {
        Set<String> keys = new LinkedHashSet<>();
        for (Facet facet : layer.facets()) {
            for (String id : entry.categories(facet.id())) {
                for (Category category : path(facet, id)) {
                    keys.add(category.id());
                    keys.add(facet.id() + ":" + category.id());
                    keys.add(layer.id() + ":" + facet.id() + ":" + category.id());
                }
            }
        }
        return List.copyOf(keys);
    }

    /** The categories from the top of {@code facet} down to {@code id}; empty where there is none. */
    static List<Category> path(Facet facet, String id) {
        for (Category top : facet.categories()) {
            List<Category> path = path(top, id);
            if (!path.isEmpty()) {
                return path;
            }
        }
        return List.of();
    }

    private static List<Category> path(Category from, String id) {
        if (from.id().equals(id)) {
            return List.of(from);
        }
        for (Category child : from.children()) {
            List<Category> below = path(child, id);
            if (!below.isEmpty()) {
                List<Category> path = new ArrayList<>(List.of(from));
                path.addAll(below);
                return path;
            }
        }
        return List.of();
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
