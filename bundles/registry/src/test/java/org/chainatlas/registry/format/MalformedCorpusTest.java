package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of broken datasets under src/test/resources/corpus: each NAME.json must be refused
 * with a first error containing the sentence in NAME.expected, located in the file where it can be.
 */
class MalformedCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    static List<Layer> layers() throws Exception {
        List<Layer> layers = new ArrayList<>();
        for (String id : SeedFiles.LAYERS) {
            layers.add(LayerReader.read(SeedFiles.layer(id)));
        }
        return layers;
    }

    @Test
    void theCorpusBaseIsValidSoEveryCaseTestsOneFault() throws Exception {
        Validation v = DatasetValidator.validate("base", Files.readAllBytes(Path.of("src/test/resources/valid-corpus-base.json")), layers(),
                seedPlaces());
        assertTrue(v.ok(), v.problems().toString());
    }

    /** The places of the seed map, which every atlas has installed: a file may not give them another meaning. */
    static List<OwnedPlace> seedPlaces() throws Exception {
        DatasetDocument seed = DatasetReader.read(SeedFiles.dataset());
        return seed.places().stream().map(p -> new OwnedPlace(p, seed.id())).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFileIsRefusedWithItsSentence() throws Exception {
        List<Layer> layers = layers();
        List<OwnedPlace> places = seedPlaces();
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 40, "the corpus has at least 40 cases, found " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String expected = expected(file);
            Validation v = DatasetValidator.validate(file.getFileName().toString(), Files.readAllBytes(file), layers, places);
            assertFalse(v.ok(), "accepted");
            Problem first = v.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
            assertTrue(first.toString().contains(expected),
                    "expected the first error to contain «" + expected + "» but got " + v.problems());
            assertTrue(first.toString().startsWith(file.getFileName() + ":"), "names the file: " + first);
            assertEquals(1, first.toString().lines().count(), "one line: " + first);
        }));
    }

    private static String expected(Path json) throws IOException {
        Path expected = Path.of(json.toString().replace(".json", ".expected"));
        return Files.readString(expected, StandardCharsets.UTF_8).strip();
    }
}
