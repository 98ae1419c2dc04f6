package org.chainatlas.api.model;

import java.util.List;
import java.util.Optional;

/**
 * One band of the architecture. {@code rank} orders bands bottom to top and leaves gaps
 * (100, 200, 300, 400) so another layer can slot in between.
 */
public record Layer(String id, int rank, Text name, Text role, Text description, List<Facet> facets) {

    public Layer {
        Ids.require(id, "layer");
        if (name == null) {
            throw new IllegalArgumentException("layer '" + id + "' has no name");
        }
        facets = List.copyOf(facets == null ? List.of() : facets);
    }

    public Optional<Facet> facet(String facetId) {
        for (Facet f : facets) {
            if (f.id().equals(facetId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
