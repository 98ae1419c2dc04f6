package org.chainatlas.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.AtlasException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a landscapeapp {@code landscape.yml} (root {@code landscape:}) or landscape2
 * {@code data.yml} (root {@code categories:}). Categories, subcategories and items may carry the
 * legacy marker key ({@code - category:} with a null value beside {@code name:}) or not, or hold
 * their fields under it ({@code - item: {name: …}}); all three read the same.
 */
final class LandscapeReader {
    private static final List<String> ROOTS = List.of("landscape", "categories");

    private LandscapeReader() {
    }

    static Landscape read(String file, String text) {
        Yaml yaml = Yaml.parse(file, text);
        MappingNode root = yaml.mapping(yaml.root(), "a landscape: 'landscape:' or 'categories:' at the top");
        Node categories = ROOTS.stream().map(key -> Yaml.get(root, key)).filter(n -> n != null).findFirst()
                .orElseThrow(() -> new AtlasException(yaml.where(root) + ": no 'landscape:' or 'categories:' at the top, so this is"
                        + " not a landscape file; its top-level keys are " + String.join(", ", Yaml.entries(root).keySet())));
        List<LandscapeItem> items = new ArrayList<>();
        for (Node categoryNode : yaml.sequence(categories, "the list of categories")) {
            MappingNode category = body(yaml, categoryNode, "category", "a category");
            String categoryName = name(yaml, category, "a category");
            for (Node subNode : yaml.sequence(Yaml.get(category, "subcategories"), "the subcategories of '" + categoryName + "'")) {
                MappingNode sub = body(yaml, subNode, "subcategory", "a subcategory");
                String path = categoryName + " / " + name(yaml, sub, "a subcategory of '" + categoryName + "'");
                for (Node itemNode : yaml.sequence(Yaml.get(sub, "items"), "the items of '" + path + "'")) {
                    items.add(item(yaml, body(yaml, itemNode, "item", "an item"), path));
                }
            }
        }
        return new Landscape(file, items);
    }

    private static LandscapeItem item(Yaml yaml, MappingNode item, String path) {
        String name = name(yaml, item, "an item in '" + path + "'");
        List<String> paths = new ArrayList<>(List.of(path));
        Map<String, Object> fields = new LinkedHashMap<>();
        Yaml.entries(item).forEach((key, value) -> {
            switch (key) {
                case "name", "item" -> { }
                case "second_path" -> yaml.sequence(value, "second_path of '" + name + "'").stream()
                        .map(Yaml::text).filter(p -> p != null && !p.isBlank()).map(LandscapeReader::normalise)
                        .filter(p -> !paths.contains(p)).forEach(paths::add);
                default -> {
                    Object plain = Yaml.value(value);
                    if (plain != null) {
                        fields.put(key, plain);
                    }
                }
            }
        });
        return new LandscapeItem(name, paths, fields, yaml.where(item));
    }

    /** The node's fields: the mapping itself, or the mapping under its marker key where the fields sit there. */
    private static MappingNode body(Yaml yaml, Node node, String marker, String what) {
        MappingNode map = yaml.mapping(node, what);
        Node nested = Yaml.get(map, marker);
        return nested instanceof MappingNode inner ? inner : map;
    }

    private static String name(Yaml yaml, MappingNode map, String what) {
        String name = Yaml.text(Yaml.get(map, "name"));
        if (name == null || name.isBlank()) {
            throw new AtlasException(yaml.where(map) + ": " + what + " has no name; give it one with 'name: …'");
        }
        return normalise(name);
    }

    /** "Category /  Subcategory" and "Category / Subcategory" are one path. */
    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
