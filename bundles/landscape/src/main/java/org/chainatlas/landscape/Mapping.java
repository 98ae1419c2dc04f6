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

/**
 * A mapping file: for each "Category / Subcategory" of a landscape, the {@link Target} its items
 * go to. Its shape (docs/datasets.md, "Import a landscape"):
 * <pre>
 * {"format": "chainatlas/landscape-mapping@1",
 *  "subcategories": {"Platforms / Public chains": {"layer": "base", "categories": {"openness": "open-source"}}}}
 * </pre>
 * A subcategory whose layer is left empty (as {@code --write-mapping} writes it) counts as unmapped.
 */
record Mapping(Map<String, Target> subcategories) {
    static final String FORMAT = "chainatlas/landscape-mapping@1";

    Mapping {
        subcategories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subcategories));
    }

    static Mapping none() {
        return new Mapping(Map.of());
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
        if (!root.has("subcategories") || !root.get("subcategories").isJsonObject()) {
            throw new AtlasException(file + " is not a mapping file: it has no \"subcategories\" object;"
                    + " atlas:import --write-mapping writes one to fill in");
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("subcategories").entrySet()) {
            Target target = target(file, e.getKey(), e.getValue());
            if (target != null) {
                check(file, e.getKey(), target, layers);
                targets.put(e.getKey().strip().replaceAll("\\s+", " "), target);
            }
        }
        return new Mapping(targets);
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

    private static void check(String file, String path, Target target, List<Layer> layers) {
        Layer layer = layers.stream().filter(l -> l.id().equals(target.layer())).findFirst()
                .orElseThrow(() -> new AtlasException(file + ": \"" + path + "\" goes to layer '" + target.layer()
                        + "', which is not installed; layers: " + ids(layers.stream().map(Layer::id).toList())));
        target.categories().forEach((facetId, categoryIds) -> {
            Facet facet = layer.facet(facetId).orElseThrow(() -> new AtlasException(file + ": \"" + path + "\": layer '"
                    + layer.id() + "' has no facet '" + facetId + "'; facets: " + ids(layer.facets().stream().map(Facet::id).toList())));
            for (String id : categoryIds) {
                if (facet.find(id).isEmpty()) {
                    throw new AtlasException(file + ": \"" + path + "\": facet '" + facetId + "' of layer '" + layer.id()
                            + "' has no category '" + id + "'; categories: " + ids(categoryIds(facet)));
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
