package org.chainatlas.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;

/**
 * A mapping file: for each "Category / Subcategory" of a landscape, the {@link Target} its items
 * go to. Its shape (docs/datasets.md, "Import a landscape"):
 * <pre>
 * {"format": "chainatlas/landscape-mapping@1",
 *  "subcategories": {"Platforms / Public chains": {"layer": "base", "categories": {"openness": "open-source"}}}}
 * </pre>
 * A subcategory whose layer is left empty (as {@code --write-mapping} writes it) counts as unmapped.
 * Where the layers' categories have no home for a subcategory, the mapping may add categories of
 * its own under them ({@code "categories"}, as a dataset does); they become the imported
 * dataset's contributed categories, and subcategories may go to them.
 */
record Mapping(Map<String, Target> subcategories, List<Contribution> contributed) {
    static final String FORMAT = "chainatlas/landscape-mapping@1";

    /** A category the mapping adds under a layer's category, or at the top of a facet where {@code parent} is null. */
    record Contribution(String layer, String facet, String id, String parent, Text name, Text description) {
    }

    Mapping {
        subcategories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subcategories));
        contributed = List.copyOf(contributed);
    }

    static Mapping none() {
        return new Mapping(Map.of(), List.of());
    }

    /** Reads and checks a mapping file against the installed layers; a problem is one sentence naming the file. */
    static Mapping read(String file, String json, List<Layer> layers) {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new AtlasException(file + " is not a mapping file: it must be a JSON object with \"subcategories\"");
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new AtlasException(file + ": invalid JSON: " + String.valueOf(cause.getMessage()).split("\n")[0]);
        }
        UniqueKeys.require(file, json);
        if (!root.has("subcategories") || !root.get("subcategories").isJsonObject()) {
            throw new AtlasException(file + " is not a mapping file: it has no \"subcategories\" object;"
                    + " atlas:import --write-mapping writes one to fill in");
        }
        List<Contribution> contributed = contributions(file, root, layers);
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("subcategories").entrySet()) {
            String path = e.getKey().strip().replaceAll("\\s+", " ");
            String before = spelled.putIfAbsent(path, e.getKey());
            if (before != null) { // the same subcategory, spaced otherwise: the second would win without a word
                throw new AtlasException(file + ": \"" + before + "\" and \"" + e.getKey() + "\" in \"subcategories\" are"
                        + " the same subcategory, \"" + path + "\"; map it once");
            }
            Target target = target(file, e.getKey(), e.getValue());
            if (target != null) {
                check(file, e.getKey(), target, layers, contributed);
                targets.put(path, target);
            }
        }
        return new Mapping(targets, contributed);
    }

    /** "categories": [{"layer", "facet", "id", "parent", "name": {"zh", "en"}, "description"}]; the atlas checks the rest. */
    private static List<Contribution> contributions(String file, JsonObject root, List<Layer> layers) {
        if (!root.has("categories")) {
            return List.of();
        }
        if (!root.get("categories").isJsonArray()) {
            throw new AtlasException(file + ": \"categories\" must be a list of categories to add, each"
                    + " {\"layer\", \"facet\", \"id\", \"parent\", \"name\": {\"zh\", \"en\"}}");
        }
        List<Contribution> out = new ArrayList<>();
        int index = 0;
        for (JsonElement element : root.getAsJsonArray("categories")) {
            String where = file + ": \"categories\"[" + index++ + "]";
            if (!element.isJsonObject()) {
                throw new AtlasException(where + " must be an object with \"layer\", \"facet\", \"id\" and \"name\"");
            }
            JsonObject o = element.getAsJsonObject();
            String layer = string(o, "layer");
            String facet = string(o, "facet");
            String id = string(o, "id");
            Text name = text(o, "name");
            if (layer == null || facet == null || id == null || name == null) {
                throw new AtlasException(where + " needs \"layer\", \"facet\", \"id\" and \"name\" ({\"zh\", \"en\"})");
            }
            out.add(new Contribution(layer, facet, id, string(o, "parent"), name, text(o, "description")));
        }
        return out;
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonPrimitive() && !o.get(key).getAsString().isBlank()
                ? o.get(key).getAsString().strip() : null;
    }

    private static Text text(JsonObject o, String key) {
        if (!o.has(key)) {
            return null;
        }
        if (o.get(key).isJsonPrimitive()) {
            return Text.of(null, o.get(key).getAsString());
        }
        if (!o.get(key).isJsonObject()) {
            return null;
        }
        String zh = string(o.getAsJsonObject(key), "zh");
        String en = string(o.getAsJsonObject(key), "en");
        return zh == null && en == null ? null : Text.of(zh, en);
    }

    /** The paths among {@code paths} this mapping does not send anywhere, in their order. */
    List<String> unmapped(Collection<String> paths) {
        return paths.stream().filter(p -> !subcategories.containsKey(p)).toList();
    }

    Target target(String path) {
        return subcategories.get(path);
    }

    /** null where the layer is left empty: a template not filled in yet. */
    private static Target target(String file, String path, JsonElement value) {
        if (!value.isJsonObject()) {
            throw new AtlasException(file + ": \"" + path + "\" must be an object such as {\"layer\": \"base\", \"categories\": {\"openness\": \"open-source\"}}");
        }
        JsonObject o = value.getAsJsonObject();
        String layer = o.has("layer") && o.get("layer").isJsonPrimitive() ? o.get("layer").getAsString().strip() : "";
        if (layer.isEmpty()) {
            return null;
        }
        Map<String, List<String>> categories = new LinkedHashMap<>();
        if (o.has("categories") && o.get("categories").isJsonObject()) {
            for (Map.Entry<String, JsonElement> c : o.getAsJsonObject("categories").entrySet()) {
                List<String> ids = new ArrayList<>();
                for (JsonElement id : c.getValue().isJsonArray() ? c.getValue().getAsJsonArray() : List.of(c.getValue())) {
                    if (!id.isJsonPrimitive()) {
                        throw new AtlasException(file + ": \"" + path + "\": facet '" + c.getKey()
                                + "' must name a category id or a list of them, e.g. \"openness\": \"open-source\"");
                    }
                    ids.add(id.getAsString());
                }
                if (!ids.isEmpty()) {
                    categories.put(c.getKey(), ids);
                }
            }
        }
        return new Target(layer, categories);
    }

    private static void check(String file, String path, Target target, List<Layer> layers, List<Contribution> contributed) {
        Layer layer = layers.stream().filter(l -> l.id().equals(target.layer())).findFirst()
                .orElseThrow(() -> new AtlasException(file + ": \"" + path + "\" goes to layer '" + target.layer()
                        + "', which is not installed; layers: " + ids(layers.stream().map(Layer::id).toList())));
        target.categories().forEach((facetId, categoryIds) -> {
            Facet facet = layer.facet(facetId).orElseThrow(() -> new AtlasException(file + ": \"" + path + "\": layer '"
                    + layer.id() + "' has no facet '" + facetId + "'; facets: " + ids(layer.facets().stream().map(Facet::id).toList())));
            List<String> added = contributed.stream()
                    .filter(c -> c.layer().equals(layer.id()) && c.facet().equals(facetId)).map(Contribution::id).toList();
            for (String id : categoryIds) {
                if (facet.find(id).isEmpty() && !added.contains(id)) {
                    List<String> valid = new ArrayList<>(categoryIds(facet));
                    valid.addAll(added);
                    throw new AtlasException(file + ": \"" + path + "\": facet '" + facetId + "' of layer '" + layer.id()
                            + "' has no category '" + id + "'; categories: " + ids(valid)
                            + " (the mapping may add its own under them in \"categories\")");
                }
            }
            if (categoryIds.size() > 1 && !facet.multiple()) {
                throw new AtlasException(file + ": \"" + path + "\": facet '" + facetId + "' of layer '" + layer.id()
                        + "' takes one category, not " + categoryIds.size());
            }
        });
    }

    static List<String> categoryIds(Facet facet) {
        return facet.flatten().stream().map(Category::id).toList();
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : ids.stream().collect(Collectors.joining(", "));
    }
}
