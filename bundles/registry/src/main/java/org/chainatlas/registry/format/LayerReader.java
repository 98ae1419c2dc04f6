package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;

/** Reads a layer definition in the "chainatlas/layer@1" format. */
public final class LayerReader {
    public static final String FORMAT = "chainatlas/layer@1";
    private static final SchemaValidator SCHEMA = SchemaValidator.shipped("layer-1.schema.json");

    private LayerReader() {
    }

    public static Layer read(byte[] json) throws FormatException {
        return Documents.read(json, SCHEMA, LayerReader::layer);
    }

    private static Layer layer(Node root) {
        String format = root.get("format").string(true);
        if (format != null && !FORMAT.equals(format)) {
            root.get("format").problem("is '" + format + "'; this version reads \"" + FORMAT + "\"");
        }
        String id = root.get("id").id(true);
        Long rank = root.get("rank").integer(true);
        Text name = root.get("name").line(true);
        Text role = root.get("role").line(false);
        Text description = root.get("description").text(false);
        List<Facet> facets = root.get("facets").mapElements(LayerReader::facet);
        unique(root.get("facets"), facets.stream().map(Facet::id).toList(), "facet");
        if (id == null || rank == null || name == null) {
            return null;
        }
        if (rank < 0 || rank > 1_000_000) {
            root.get("rank").problem("must be between 0 and 1000000");
        }
        return new Layer(id, rank.intValue(), name, role, description, facets);
    }

    private static Facet facet(Node node) {
        if (!node.requireObject()) {
            return null;
        }
        String id = node.get("id").id(true);
        Text name = node.get("name").line(true);
        boolean multiple = node.get("multiple").bool(false);
        List<Category> categories = node.get("categories").mapElements(LayerReader::category);
        if (categories.isEmpty()) {
            node.get("categories").problem("must list at least one category");
        }
        if (id == null || name == null) {
            return null;
        }
        Facet facet = new Facet(id, name, multiple, categories);
        unique(node.get("categories"), facet.flatten().stream().map(Category::id).toList(), "category");
        return facet;
    }

    private static Category category(Node node) {
        if (!node.requireObject()) {
            return null;
        }
        String id = node.get("id").id(true);
        Text name = node.get("name").line(true);
        List<Category> children = node.get("children").mapElements(LayerReader::category);
        return id == null || name == null ? null : new Category(id, name, children);
    }

    static void unique(Node where, List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                where.problem(what + " id '" + id + "' is used twice");
            }
        }
    }
}
