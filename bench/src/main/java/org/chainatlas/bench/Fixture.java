package org.chainatlas.bench;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.assembly.AtlasState;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.DatasetWriter;
import org.chainatlas.registry.format.FormatException;

/**
 * An atlas state as the registry builds it: the four real layers, then one dataset after another,
 * each through {@link AtlasState#withDataset} (the incremental path a running atlas takes).
 */
public final class Fixture {
    /** Service ids: layers first, as at start-up; datasets after them in arrival order. */
    private static final long FIRST_LAYER_SERVICE = 10;
    private static final long FIRST_DATASET_SERVICE = 100;

    private Fixture() {
    }

    public static AtlasState layersOnly(List<Layer> layers) {
        AtlasState state = AtlasState.empty();
        long id = FIRST_LAYER_SERVICE;
        for (Layer layer : layers) {
            state = state.withLayer(new OfLayer(layer, "org.chainatlas.layer-" + layer.id(), id++));
        }
        return state;
    }

    public static AtlasState state(List<Layer> layers, List<DatasetDocument> documents) {
        AtlasState state = layersOnly(layers);
        long id = FIRST_DATASET_SERVICE;
        for (DatasetDocument doc : documents) {
            state = state.withDataset(contribution(doc, id++));
        }
        return state;
    }

    public static OfDataset contribution(DatasetDocument doc, long serviceId) {
        return new OfDataset(doc, "org.chainatlas.dataset." + doc.id(), serviceId);
    }

    /** The documents as the registry would hold them after reading their files: written, then read back. */
    public static List<DatasetDocument> roundTrip(List<DatasetDocument> documents) {
        List<DatasetDocument> read = new ArrayList<>(documents.size());
        for (DatasetDocument doc : documents) {
            read.add(roundTrip(doc));
        }
        return read;
    }

    public static DatasetDocument roundTrip(DatasetDocument doc) {
        try {
            return DatasetReader.read(DatasetWriter.write(doc));
        } catch (FormatException e) {
            throw new IllegalStateException("synthetic dataset " + doc.id() + " does not read back: " + e.getMessage(), e);
        }
    }
}
