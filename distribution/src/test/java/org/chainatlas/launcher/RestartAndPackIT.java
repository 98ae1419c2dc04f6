package org.chainatlas.launcher;

import static org.chainatlas.launcher.TestData.EXAMPLE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
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
