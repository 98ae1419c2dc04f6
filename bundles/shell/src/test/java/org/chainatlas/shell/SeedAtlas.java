package org.chainatlas.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.assembly.AtlasAssembler;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.FormatException;
import org.chainatlas.registry.format.LayerReader;

/**
 * Real snapshots for tests: the seed's four layers and the 2022 YRD dataset, read from the
 * sibling bundles' files and assembled as the registry assembles them at runtime.
 */
final class SeedAtlas {

    static final List<String> LAYERS = List.of("base", "middle", "application", "service");
    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();

    private SeedAtlas() {
    }

    /** The seed map: four layers, one dataset. */
    static AtlasSnapshot snapshot() {
        return with();
    }

    /** The seed map with more datasets beside the seed's. */
    static AtlasSnapshot with(DatasetDocument... more) {
        List<DatasetDocument> datasets = new ArrayList<>();
        datasets.add(seedDocument());
        datasets.addAll(List.of(more));
        return of(datasets);
    }

    /** The seed's four layers with exactly these datasets. */
    static AtlasSnapshot of(List<DatasetDocument> documents) {
        try {
            List<OfLayer> layers = new ArrayList<>();
            long serviceId = 1;
            for (String id : LAYERS) {
                layers.add(new OfLayer(LayerReader.read(read("layer-" + id + "/src/main/resources/OSGI-INF/chainatlas/layer.json")),
                        "org.chainatlas.layer-" + id, serviceId++));
            }
            List<OfDataset> datasets = new ArrayList<>();
            for (DatasetDocument document : documents) {
                datasets.add(new OfDataset(document, "chainatlas.dataset." + document.id(), 100 + datasets.size()));
            }
            return AtlasAssembler.assemble(1, layers, datasets, List.of());
        } catch (FormatException e) {
            throw new IllegalStateException("the seed's layer files do not read: " + e.problems(), e);
        }
    }

    /** The 2022 YRD dataset as its bundle ships it. */
    static DatasetDocument seedDocument() {
        try {
            return DatasetReader.read(read("dataset-yrd-2022/src/main/resources/OSGI-INF/chainatlas/dataset.json"));
        } catch (FormatException e) {
            throw new IllegalStateException("the seed dataset does not read: " + e.problems(), e);
        }
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(BUNDLES.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
