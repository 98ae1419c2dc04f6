package org.chainatlas.api.model;

/**
 * A category a dataset adds to a facet of an installed layer, for a taxonomy the layer's own
 * categories do not cover (interoperability, wallets, standards bodies…). It sits under one of the
 * layer's categories ({@code parent}), or at the top of the facet where {@code parent} is null; it
 * never redefines, renames or removes a category of the layer.
 *
 * @param dataset the dataset that contributes it
 * @param parent  the id of the category it sits under (the layer's own or one contributed before
 *                it in the same dataset), or null for the top of the facet
 */
public record ContributedCategory(String dataset, String layer, String facet, String id, String parent,
                                  Text name, Text description, Provenance provenance) {

    public ContributedCategory {
        Ids.require(dataset, "dataset");
        Ids.require(layer, "layer");
        Ids.require(facet, "facet");
        Ids.require(id, "category");
        if (name == null) {
            throw new IllegalArgumentException("contributed category '" + id + "' has no name");
        }
    }
}
