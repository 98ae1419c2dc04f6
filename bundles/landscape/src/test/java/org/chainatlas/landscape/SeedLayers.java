package org.chainatlas.landscape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.assembly.AtlasAssembler;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.DatasetWriter;
import org.chainatlas.registry.format.LayerReader;

/**
 * The seed's four real layers, assembled as the registry assembles them, and dataset files checked
 * and written by the registry's own validator and writer: what atlas:import meets at runtime.
 */
final class SeedLayers {
    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
    /** The repository's examples/landscape folder (docs/datasets.md walks through it). */
    static final Path EXAMPLES = BUNDLES.resolve("../examples/landscape").normalize();

    private SeedLayers() {
    }

    static List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        for (String id : List.of("base", "middle", "application", "service")) {
            try {
                layers.add(LayerReader.read(Files.readAllBytes(BUNDLES.resolve("layer-" + id + "/src/main/resources/OSGI-INF/chainatlas/layer.json"))));
            } catch (Exception e) {
                throw new IllegalStateException("the seed layer " + id + " does not read", e);
            }
        }
        return layers;
    }

    static Atlas atlas() {
        List<OfLayer> layers = new ArrayList<>();
        long serviceId = 1;
        for (Layer layer : layers()) {
            layers.add(new OfLayer(layer, "org.chainatlas.layer-" + layer.id(), serviceId++));
        }
        var snapshot = AtlasAssembler.assemble(1, layers, List.of(), List.of());
        return () -> snapshot;
    }

    static DatasetFiles files() {
        List<Layer> layers = layers();
        return new DatasetFiles() {
            @Override
            public Validation validate(Path file) {
                try {
                    return validate(file.toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Validation validate(String name, byte[] json) {
                return DatasetValidator.validate(name, json, layers);
            }

            @Override
            public byte[] pack(String name, byte[] json) {
                throw new UnsupportedOperationException("atlas:import packs nothing");
            }

            @Override
            public byte[] write(DatasetDocument document) {
                return DatasetWriter.write(document);
            }

            @Override
            public org.chainatlas.api.DatasetDiff diff(String nameA, DatasetDocument a, String nameB, DatasetDocument b) {
                throw new UnsupportedOperationException("atlas:import compares nothing");
            }
        };
    }

    /** Copies an example of examples/landscape into {@code folder}. */
    static Path example(String name, Path folder) throws IOException {
        return Files.copy(EXAMPLES.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
