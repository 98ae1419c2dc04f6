package org.chainatlas.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real layer and dataset JSON of the sibling data-only bundles, as the extender reads them. */
public final class SeedFiles {
    public static final List<String> LAYERS = List.of("base", "middle", "application", "service");
    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();

    private SeedFiles() {
    }

    public static byte[] layer(String id) {
        return read(BUNDLES.resolve("layer-" + id + "/src/main/resources/OSGI-INF/chainatlas/layer.json"));
    }

    public static byte[] dataset() {
        return read(BUNDLES.resolve("dataset-yrd-2022/src/main/resources/OSGI-INF/chainatlas/dataset.json"));
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
