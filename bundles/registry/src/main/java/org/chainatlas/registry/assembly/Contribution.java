package org.chainatlas.registry.assembly;

import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;

/** What one service contributes, with the bundle it came from and its order of arrival. */
public sealed interface Contribution {
    String bundle();

    /** The service id: lower arrived first and wins a clash of ids. */
    long serviceId();

    record OfLayer(Layer layer, String bundle, long serviceId) implements Contribution {
    }

    record OfDataset(DatasetDocument document, String bundle, long serviceId) implements Contribution {
    }
}
