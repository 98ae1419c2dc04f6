package org.chainatlas.api.model;

/**
 * A number the source publishes ("265 家(次)", "9 parks in Zhejiang"): a fact of its own, never
 * turned into entries. It counts a whole layer when {@code category} is null, and is limited to a
 * place when {@code place} is not null.
 *
 * @param share the share of its layer's figure the source reports, in percent, or null
 */
public record Figure(String dataset, String id, String layer, String facet, String category,
                     String place, long value, Double share, Text unit, Text note,
                     Provenance provenance) {

    public Figure {
        Ids.require(dataset, "dataset");
        Ids.require(id, "figure");
        Ids.require(layer, "layer");
        if (value < 0) {
            throw new IllegalArgumentException("figure '" + id + "' is negative");
        }
        if ((facet == null) != (category == null)) {
            throw new IllegalArgumentException("figure '" + id + "' needs both a facet and a category, or neither");
        }
    }

    public boolean isLayerTotal() {
        return category == null && place == null;
    }
}
