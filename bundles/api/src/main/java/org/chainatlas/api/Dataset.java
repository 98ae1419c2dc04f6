package org.chainatlas.api;

import org.chainatlas.api.model.DatasetDocument;

/** A region's data, contributed to the atlas. Data-only bundles become one through the registry's extender. */
@org.osgi.annotation.versioning.ConsumerType
public interface Dataset {
    /** Service property carrying the dataset's id. */
    String DATASET_ID = "chainatlas.dataset.id";
    /** Service property carrying the dataset's version. */
    String DATASET_VERSION = "chainatlas.dataset.version";

    DatasetDocument document();
}
