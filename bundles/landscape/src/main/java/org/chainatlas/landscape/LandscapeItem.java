package org.chainatlas.landscape;

import java.util.List;
import java.util.Map;

/**
 * One {@code item} of a landscape as the file has it.
 *
 * @param name     the item's name
 * @param paths    "Category / Subcategory" where it is listed, then those of its {@code second_path}
 * @param fields   every other key of the item, in file order, as plain values (String, List, Map)
 * @param where    "file:line:column" of the item
 */
record LandscapeItem(String name, List<String> paths, Map<String, Object> fields, String where) {

    LandscapeItem {
        paths = List.copyOf(paths);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** Its homepage_url, or "" where it has none: two items of one name are one only with the same homepage. */
    String homepage() {
        return fields.get("homepage_url") instanceof String url ? url.strip() : "";
    }
}
