package org.chainatlas.landscape;

import java.util.List;
import java.util.stream.Collectors;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;

/**
 * The mapping file {@code --write-mapping} writes: every "Category / Subcategory" of a landscape,
 * those the given mapping already sends somewhere as it does, the others with an empty layer to
 * fill in, and under "choices" what the installed layers offer (never read back).
 */
final class MappingTemplate {

    private MappingTemplate() {
    }

    static String write(Landscape landscape, Mapping known, List<Layer> layers) {
        JsonObject root = new JsonObject();
        root.addProperty("format", Mapping.FORMAT);
        root.addProperty("about", "For each \"Category / Subcategory\" of " + landscape.file() + ": the layer its items go to"
                + " and, per facet of that layer, a category id" + several(layers) + ". \"choices\" lists the layers, facets"
                + " and categories installed; it is not read. A subcategory whose layer is empty is not imported.");
        JsonObject subcategories = new JsonObject();
        for (String path : landscape.paths()) {
            Target target = known.target(path);
            JsonObject o = new JsonObject();
            o.addProperty("layer", target == null ? "" : target.layer());
            JsonObject categories = new JsonObject();
            if (target != null) {
                target.categories().forEach((facet, ids) -> {
                    if (ids.size() == 1) {
                        categories.addProperty(facet, ids.get(0));
                    } else {
                        JsonArray array = new JsonArray();
                        ids.forEach(array::add);
                        categories.add(facet, array);
                    }
                });
            }
            o.add("categories", categories);
            subcategories.add(path, o);
        }
        root.add("subcategories", subcategories);
        JsonObject choices = new JsonObject();
        for (Layer layer : layers) {
            JsonObject facets = new JsonObject();
            for (Facet facet : layer.facets()) {
                JsonArray ids = new JsonArray();
                Mapping.categoryIds(facet).forEach(ids::add);
                facets.add(facet.id(), ids);
            }
            choices.add(layer.id(), facets);
        }
        root.add("choices", choices);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** Which facets take a list: " (a list of ids for application's domain, industry)". */
    private static String several(List<Layer> layers) {
        String multiple = layers.stream().flatMap(l -> l.facets().stream().filter(Facet::multiple).map(f -> l.id() + "'s " + f.id()))
                .collect(Collectors.joining(", "));
        return multiple.isEmpty() ? "" : " (a list of ids for " + multiple + ")";
    }
}
