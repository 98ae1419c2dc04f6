package org.chainatlas.landscape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A landscape file's items, in file order. */
record Landscape(String file, List<LandscapeItem> items) {

    Landscape {
        items = List.copyOf(items);
    }

    /** Every "Category / Subcategory" that holds an item, directly or through second_path, in file order. */
    Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        items.forEach(item -> paths.addAll(item.paths()));
        return paths;
    }
}
