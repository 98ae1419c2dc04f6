package org.chainatlas.api;

import org.chainatlas.api.model.Layer;

/**
 * A layer's catalogue: its definition, facets and category trees. Registering one adds a band to
 * the map; unregistering it sends that layer's entries back to pending.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface LayerCatalogue {
    /** Service property carrying the layer's id. */
    String LAYER_ID = "chainatlas.layer.id";

    Layer layer();
}
