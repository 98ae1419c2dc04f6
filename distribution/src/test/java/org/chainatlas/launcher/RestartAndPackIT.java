package org.chainatlas.launcher;

import static org.chainatlas.launcher.TestData.EXAMPLE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What outlives the framework: a dataset installed at run time is there after a restart from the
 * same folder and gone after a clean start; a bundle made with atlas:pack works in another atlas.
 */
class RestartAndPackIT {

    @TempDir
    Path folder;

    @Test
    void anInstalledDatasetSurvivesARestartButNotACleanStart() throws Exception {
        Path state = folder.resolve("state");
        String installed;
        String seed;
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, true)) {
            seed = atlas.state();
            atlas.out("atlas:install " + TestData.EXAMPLE_JSON);
            installed = atlas.state();
        }
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, false)) {
            assertEquals(installed, atlas.state(), "the restarted atlas is not the one that was stopped");
        }
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, true)) {
            assertEquals(seed, atlas.state(), "a clean start kept what was installed at run time");
            assertFalse(atlas.find(TestData.EXAMPLE_PACKED_NAME).isPresent());
        }
    }

    /**
     * The framework drops a bundle whose cache entry is damaged (a disk fault, a copy cut short)
     * without a word; the intake kept the bundle it installed and puts it back at the next start.
     * If its kept copy is damaged too, the loss is shown as a load problem, never silent.
     */
    @Test
    void aDatasetWhoseCacheEntryIsDamagedIsPutBackOrReported() throws Exception {
        Path state = folder.resolve("state");
        String installed;
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, true)) {
            atlas.out("atlas:install " + TestData.EXAMPLE_JSON);
            installed = atlas.state();
        }
        truncateCacheJarOf(state, "chainatlas:dataset:" + EXAMPLE_ID);
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, false)) {
            assertEquals(installed, atlas.state(), "the dataset whose cache entry was damaged is not back");
        }
        truncateCacheJarOf(state, "chainatlas:dataset:" + EXAMPLE_ID);
        try (Stream<Path> kept = Files.walk(state.resolve("cache"))) {
            for (Path jar : kept.filter(p -> p.toString().contains("/data/store/objects/")).toList()) {
                Files.write(jar, new byte[] {1, 2, 3});
            }
        }
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, false)) {
            String shown = atlas.out("atlas:datasets");
            assertTrue(shown.contains(TestData.EXAMPLE_PACKED_NAME) && shown.contains("was lost from the framework's cache"
                    + " and the kept copy is damaged; install it again"), shown);
        }
    }

    /** Cuts the cache jar of the bundle installed at {@code location} to half its size. */
    private static void truncateCacheJarOf(Path state, String location) throws IOException {
        try (Stream<Path> infos = Files.walk(state.resolve("cache"), 2)) {
            Path bundleFolder = infos.filter(p -> p.getFileName().toString().equals("bundle.info"))
                    .filter(p -> read(p).contains(location)).findFirst().orElseThrow().getParent();
            try (Stream<Path> jars = Files.walk(bundleFolder)) {
                for (Path jar : jars.filter(p -> p.getFileName().toString().equals("bundle.jar")).toList()) {
                    byte[] bytes = Files.readAllBytes(jar);
                    Files.write(jar, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A restart takes the layers and datasets the registry validated before from its own data
     * area instead of reading their JSON again; an update must never bring back the old data,
     * and remembered data that is damaged must only cost time.
     */
    @Test
    void aRestartServesWhatWasValidatedButNeverStaleOrDamagedData() throws Exception {
        Path state = folder.resolve("state");
        Path v2 = TestData.write(folder.resolve("v2/dataset-example.json"), TestData.exampleV2());
        String withV1;
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, true)) {
            atlas.out("atlas:install " + TestData.EXAMPLE_JSON);
            withV1 = atlas.state();
        }
        List<Path> remembered = remembered(state);
        assertEquals(6, remembered.size(), "4 layers, the seed map and the example: " + remembered);
        String withV2;
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, false)) {
            assertEquals(withV1, atlas.state(), "the atlas from remembered data differs from the one read from JSON");
            atlas.out("atlas:install " + v2);
            withV2 = atlas.state();
        }
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, false)) {
            assertEquals(withV2, atlas.state(), "a restart after an update served the data of before the update");
            assertEquals("1.1.0", TestData.dataset(atlas.json("atlas:datasets --json"), EXAMPLE_ID).orElseThrow()
                    .get("version").getAsString());
        }
        for (Path file : remembered(state)) {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(file, bytes);
        }
        try (OsgiHarness atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, state, false)) {
            assertEquals(withV2, atlas.state(), "damaged remembered data changed the atlas");
        }
    }

    private static List<Path> remembered(Path state) throws IOException {
        try (Stream<Path> files = Files.walk(state.resolve("cache"))) {
            return files.filter(p -> p.toString().contains("/data/store/validated/") && p.toString().endsWith(".bin"))
                    .sorted().toList();
        }
    }

    @Test
    void aPackedBundleValidatesAndInstallsInAnotherAtlas() throws Exception {
        Path jar = folder.resolve("out/example-packed.jar");
        Files.createDirectories(jar.getParent());
        try (OsgiHarness atlas = OsgiHarness.start(folder.resolve("packer"))) {
            String packed = atlas.out("atlas:pack " + TestData.EXAMPLE_JSON + " " + jar);
            assertTrue(packed.startsWith("packed " + TestData.EXAMPLE_PACKED_NAME + " 1.0.0"), packed);
            // packing installs nothing
            assertFalse(TestData.dataset(atlas.json("atlas:datasets --json"), EXAMPLE_ID).isPresent());

            JsonObject validation = atlas.json("atlas:validate --json " + jar).getAsJsonObject();
            assertTrue(validation.get("valid").getAsBoolean(), validation.toString());
            assertEquals(EXAMPLE_ID, validation.get("dataset").getAsString());
            assertEquals(6, validation.get("entries").getAsInt());
            assertTrue(TestData.objects(validation.getAsJsonArray("problems"))
                    .noneMatch(p -> "error".equals(p.get("severity").getAsString())), validation.toString());
            String text = atlas.out("atlas:validate " + jar);
            assertTrue(text.contains("0 errors") && text.contains("valid (dataset example-illustrative 1.0.0, 6 entries)"), text);
        }
        assertEquals(TestData.EXAMPLE_PACKED_NAME, TestData.header(jar, "Bundle-SymbolicName"));
        assertEquals("1.0.0", TestData.header(jar, "Bundle-Version"));

        try (OsgiHarness fresh = OsgiHarness.start(folder.resolve("fresh"))) {
            String installed = fresh.out("atlas:install " + jar);
            assertTrue(installed.startsWith("+ dataset example-illustrative 1.0.0"), installed);
            JsonObject example = TestData.dataset(fresh.json("atlas:datasets --json"), EXAMPLE_ID).orElseThrow();
            assertEquals(6, example.get("entries").getAsInt());
            assertEquals(1, example.get("pending").getAsInt());
            assertEquals(TestData.EXAMPLE_PACKED_NAME, example.get("bundle").getAsString());
            assertEquals(5, fresh.json("atlas:list --dataset " + EXAMPLE_ID + " --json").getAsJsonArray().size());
        }
    }
}
