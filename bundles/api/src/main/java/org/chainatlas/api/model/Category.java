package org.chainatlas.api.model;

import java.util.List;
import java.util.Optional;

/**
 * A node in a facet's category tree; ids are stable and unique within their facet.
 *
 * @param contributedBy the dataset that added it to the layer's facet, or null for the layer's own (since 1.1)
 */
public record Category(String id, Text name, List<Category> children, String contributedBy) {

    /**
     * What every view calls the entries of a layer that sit in none of its categories: one name in
     * every output and language (since 1.1).
     */
    public static final Text UNCLASSIFIED = new Text("未分类", "Unclassified");

    public Category {
        Ids.require(id, "category");
        children = List.copyOf(children == null ? List.of() : children);
    }

    public Category(String id, Text name, List<Category> children) {
        this(id, name, children, null);
    }

    public Category(String id, Text name) {
        this(id, name, List.of());
    }

    /** This category or a descendant with the given id. */
    public Optional<Category> find(String categoryId) {
        if (id.equals(categoryId)) {
            return Optional.of(this);
        }
        for (Category child : children) {
            Optional<Category> found = child.find(categoryId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** True when {@code categoryId} is this category or one below it. */
    public boolean covers(String categoryId) {
        return find(categoryId).isPresent();
    }
}
