package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.names.Suggest;

/**
 * Merges the categories datasets contribute into the installed layers' facets: each goes under its
 * parent (or at the top of its facet), marked with the dataset that contributed it. The same
 * rules serve validation (one document against the installed layers) and the atlas (every
 * installed dataset, in dataset order): a contribution may not take the id of one of the layer's
 * own categories, nor of one another dataset contributed under a different parent; one that names
 * the same id under the same parent shares it. A contribution to a layer that is not installed
 * waits, as the dataset's entries in that layer do.
 */
public final class CategoryContributions {

    /** A contribution that could not be merged, with the sentence that says why. */
    public record Refusal(ContributedCategory category, int index, String message) {
    }

    /** The layers with every mergeable contribution in place, and the refusals. */
    public record Merged(List<Layer> layers, List<Refusal> refused) {
    }

    private final Map<String, Layer> layers = new LinkedHashMap<>();
    /** "layer facet id" → the contribution that put it there. */
    private final Map<String, ContributedCategory> contributed = new HashMap<>();
    private final List<Refusal> refused = new ArrayList<>();

    /**
     * @param installed the layers as installed; where they already carry contributions (the atlas's
     *                  layers, when a file is validated against them), those of the documents being
     *                  merged are taken out first, so that a new version of a dataset replaces its own
     */
    private CategoryContributions(List<Layer> installed, java.util.Set<String> merging) {
        for (Layer layer : installed) {
            layers.put(layer.id(), withoutContributionsOf(layer, merging));
        }
    }

    /** Merges the documents' contributions in the order given; a layer no document adds to is returned as it is. */
    public static Merged merge(List<Layer> installed, List<DatasetDocument> documents) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (DatasetDocument d : documents) {
            ids.add(d.id());
        }
        CategoryContributions merging = new CategoryContributions(installed, ids);
        for (DatasetDocument document : documents) {
            for (int i = 0; i < document.categories().size(); i++) {
                merging.add(document.categories().get(i), i);
            }
        }
        return new Merged(List.copyOf(merging.layers.values()), List.copyOf(merging.refused));
    }

    private void add(ContributedCategory c, int index) {
        Layer layer = layers.get(c.layer());
        if (layer == null) {
            return;
        }
        Optional<Facet> facet = layer.facet(c.facet());
        if (facet.isEmpty()) {
            refuse(c, index, "layer '" + layer.id() + "' has no facet '" + c.facet() + "'"
                    + hint(c.facet(), layer.facets().stream().map(Facet::id).toList()) + "; facets: "
                    + String.join(", ", layer.facets().stream().map(Facet::id).toList()));
            return;
        }
        String key = layer.id() + " " + c.facet() + " " + c.id();
        Optional<Category> existing = facet.get().find(c.id());
        if (existing.isPresent()) {
            ContributedCategory earlier = contributed.get(key);
            if (earlier == null && existing.get().contributedBy() != null) {
                // contributed by an installed dataset that is not being merged now
                String parent = parentOf(facet.get().categories(), null, c.id());
                if (!java.util.Objects.equals(parent, c.parent())) {
                    refuse(c, index, "category '" + c.id() + "' of layer '" + layer.id() + "' is contributed by dataset '"
                            + existing.get().contributedBy() + "' under " + under(parent) + ", and dataset '" + c.dataset()
                            + "' puts it under " + under(c.parent()) + "; one id has one place: give it another id");
                }
            } else if (earlier == null) {
                refuse(c, index, "category '" + c.id() + "' is layer '" + layer.id() + "''s own ("
                        + existing.get().name().withOther(Lang.EN) + "); dataset '" + c.dataset()
                        + "' cannot redefine it: give the contributed category another id, or use '" + c.id() + "' as its parent");
            } else if (!java.util.Objects.equals(earlier.parent(), c.parent())) {
                refuse(c, index, "category '" + c.id() + "' of layer '" + layer.id() + "' is contributed by dataset '"
                        + earlier.dataset() + "' under " + under(earlier.parent()) + ", and dataset '" + c.dataset()
                        + "' puts it under " + under(c.parent()) + "; one id has one place: give it another id");
            }
            return; // the same id under the same parent: one category, shared
        }
        if (c.parent() != null && facet.get().find(c.parent()).isEmpty()) {
            List<String> ids = facet.get().flatten().stream().map(Category::id).toList();
            refuse(c, index, "facet '" + c.facet() + "' of layer '" + layer.id() + "' has no category '" + c.parent()
                    + "' to put '" + c.id() + "' under" + hint(c.parent(), ids) + "; categories: " + String.join(", ", ids)
                    + " (or leave out \"parent\" for the top of the facet)");
            return;
        }
        Category added = new Category(c.id(), c.name(), List.of(), c.dataset());
        layers.put(layer.id(), withCategory(layer, facet.get(), c.parent(), added));
        contributed.put(key, c);
    }

    /** The id of the category that holds {@code id} in {@code categories} (under {@code parent}), or null at the top. */
    private static String parentOf(List<Category> categories, String parent, String id) {
        for (Category c : categories) {
            if (c.id().equals(id)) {
                return parent;
            }
            if (c.covers(id)) {
                return parentOf(c.children(), c.id(), id);
            }
        }
        return null;
    }

    private static Layer withoutContributionsOf(Layer layer, java.util.Set<String> datasets) {
        boolean holds = false;
        for (Facet f : layer.facets()) {
            holds |= contributedBy(f.categories(), datasets);
        }
        if (!holds) {
            return layer; // the usual case (a layer bundle's own layer, every start): nothing to copy
        }
        List<Facet> facets = new ArrayList<>();
        for (Facet f : layer.facets()) {
            facets.add(new Facet(f.id(), f.name(), f.multiple(), without(f.categories(), datasets)));
        }
        return new Layer(layer.id(), layer.rank(), layer.name(), layer.role(), layer.description(), facets);
    }

    /** Whether a category in the tree was contributed by one of {@code datasets}. */
    private static boolean contributedBy(List<Category> categories, java.util.Set<String> datasets) {
        for (Category c : categories) {
            if ((c.contributedBy() != null && datasets.contains(c.contributedBy())) || contributedBy(c.children(), datasets)) {
                return true;
            }
        }
        return false;
    }

    private static List<Category> without(List<Category> categories, java.util.Set<String> datasets) {
        List<Category> kept = new ArrayList<>(categories.size());
        for (Category c : categories) {
            if (c.contributedBy() == null || !datasets.contains(c.contributedBy())) {
                kept.add(new Category(c.id(), c.name(), without(c.children(), datasets), c.contributedBy()));
            }
        }
        return kept;
    }

    private void refuse(ContributedCategory c, int index, String message) {
        refused.add(new Refusal(c, index, message));
    }

    private static String under(String parent) {
        return parent == null ? "the top of the facet" : "'" + parent + "'";
    }

    private static String hint(String wanted, List<String> choices) {
        return Suggest.closest(wanted, choices).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static Layer withCategory(Layer layer, Facet facet, String parent, Category added) {
        List<Category> categories = parent == null ? append(facet.categories(), added)
                : under(facet.categories(), parent, added);
        List<Facet> facets = new ArrayList<>();
        for (Facet f : layer.facets()) {
            facets.add(f.id().equals(facet.id()) ? new Facet(f.id(), f.name(), f.multiple(), categories) : f);
        }
        return new Layer(layer.id(), layer.rank(), layer.name(), layer.role(), layer.description(), facets);
    }

    private static List<Category> under(List<Category> categories, String parent, Category added) {
        List<Category> out = new ArrayList<>(categories.size());
        for (Category c : categories) {
            if (c.id().equals(parent)) {
                out.add(new Category(c.id(), c.name(), append(c.children(), added), c.contributedBy()));
            } else if (c.covers(parent)) {
                out.add(new Category(c.id(), c.name(), under(c.children(), parent, added), c.contributedBy()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Category> append(List<Category> categories, Category added) {
        List<Category> out = new ArrayList<>(categories);
        out.add(added);
        return out;
    }
}
