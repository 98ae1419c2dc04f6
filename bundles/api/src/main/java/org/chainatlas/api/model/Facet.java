package org.chainatlas.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One way a layer classifies its entries (the application layer has two: domain and industry).
 * {@code multiple} says whether an entry may sit in several of its categories at once.
 */
public record Facet(String id, Text name, boolean multiple, List<Category> categories) {

    public Facet {
        Ids.require(id, "facet");
        categories = List.copyOf(categories == null ? List.of() : categories);
    }

    public Optional<Category> find(String categoryId) {
        for (Category category : categories) {
            Optional<Category> found = category.find(categoryId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every category of the tree, depth first, parents before their children. */
    public List<Category> flatten() {
        List<Category> all = new ArrayList<>();
        categories.forEach(c -> collect(c, all));
        return all;
    }

    /** The top-level category that holds {@code categoryId}, itself if it is top-level. */
    public Optional<Category> topOf(String categoryId) {
        return categories.stream().filter(c -> c.covers(categoryId)).findFirst();
    }

    private static void collect(Category category, List<Category> into) {
        into.add(category);
        category.children().forEach(c -> collect(c, into));
    }
}
