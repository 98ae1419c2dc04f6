package org.chainatlas.landscape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the items of one "Category / Subcategory" go: a layer and, per facet of it, category ids. */
record Target(String layer, Map<String, List<String>> categories) {

    Target {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        categories.forEach((facet, ids) -> copy.put(facet, List.copyOf(ids)));
        categories = java.util.Collections.unmodifiableMap(copy);
    }
}
