package org.chainatlas.launcher;

import static org.chainatlas.launcher.TestData.EXAMPLE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy/ folder while the atlas runs: dropping a dataset file or bundle installs it,
 * replacing it updates it, deleting it uninstalls it, and a broken file changes nothing but says
 * why. FileInstall polls the folder, so every check waits (with a timeout) for the atlas to show
 * the change; no test asserts how long it took.
 */
class DeployFolderIT {

    private static final String DATASETS = "atlas:datasets --json";

    @TempDir
    Path folder;

    private OsgiHarness atlas;
    private Path deploy;
    private String seed;

    @BeforeEach
    void start() throws Exception {
        Path framework = folder.resolve("framework");
        atlas = OsgiHarness.start(framework);
        deploy = framework.resolve("deploy");
        seed = atlas.state();
    }

    @AfterEach
    void stop() {
        atlas.close();
    }

    @Test
    void aDatasetFileDroppedReplacedAndDeleted() throws Exception {
        Path file = deploy.resolve("example.json");
        Files.copy(TestData.EXAMPLE_JSON, file);
        awaitExample(e -> has(e, "1.0.0", 6), "example.json dropped into deploy/ is installed");

        Files.write(file, TestData.bytes(TestData.exampleV2()));
        awaitExample(e -> has(e, "1.1.0", 7), "example.json replaced by version 1.1.0 is updated");
        assertEquals(TestData.EXAMPLE_PACKED_NAME, example().orElseThrow().get("bundle").getAsString());

        Files.delete(file);
        awaitExample(Optional::isEmpty, "example.json deleted from deploy/ is uninstalled");
        assertEquals(seed, atlas.state());
    }

    @Test
    void aConsoleWatchingSeesWhatAReplacedFileAddedRemovedAndChanged() throws Exception {
        try (OsgiHarness.Session console = atlas.session()) {
            assertEquals(0, console.run("atlas:watch").status());
            Path file = deploy.resolve("example.json");
            Files.copy(TestData.EXAMPLE_JSON, file);
            awaitExample(e -> has(e, "1.0.0", 6), "example.json dropped into deploy/ is installed");
            Files.write(file, TestData.bytes(TestData.exampleV2()));
            awaitExample(e -> has(e, "1.1.0", 7), "example.json replaced by version 1.1.0 is updated");
            long deadline = System.nanoTime() + OsgiHarness.AWAIT.toNanos();
            while (!console.printed().contains("→ 1.1.0") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(console.printed().lines().anyMatch(
                    l -> l.startsWith("~ dataset example-illustrative 1.0.0 → 1.1.0: 7 entries (+1 −0 ~0)")),
                    "the console watching was not told what the update added:\n" + console.printed());
        }
    }

    @Test
    void aDatasetBundleDroppedReplacedAndDeleted() throws Exception {
        Path jar = deploy.resolve("example.jar");
        Files.copy(TestData.EXAMPLE_JAR, jar);
        awaitExample(e -> has(e, "1.0.0", 6), "example.jar dropped into deploy/ is installed");

        Path v2 = TestData.datasetBundle(folder.resolve("example-1.1.0.jar"), TestData.EXAMPLE_JAR_NAME, "1.1.0",
                TestData.bytes(TestData.exampleV2()), null);
        replace(jar, v2);
        awaitExample(e -> has(e, "1.1.0", 7), "example.jar replaced by version 1.1.0 is updated");
        assertEquals(TestData.EXAMPLE_JAR_NAME, example().orElseThrow().get("bundle").getAsString());

        Files.delete(jar);
        awaitExample(Optional::isEmpty, "example.jar deleted from deploy/ is uninstalled");
        assertEquals(seed, atlas.state());
    }

    @Test
    void aLandscapeFileIsRefusedWithTheWayToImportItNotIgnored() throws Exception {
        Path landscape = deploy.resolve("landscape.yml");
        Files.writeString(landscape, "landscape:\n  - category:\n    name: Fictional\n");
        String shown = atlas.await("atlas:datasets", out -> out.contains("landscape.yml"),
                "atlas:datasets names the landscape file dropped into deploy/");
        assertTrue(shown.contains("'landscape.yml' is a landscape file (YAML), not a dataset; turn it into one with"
                + " atlas:import landscape.yml --mapping MAP.json --out DATASET.json and install that"), shown);
        assertEquals(seed, atlas.state());
        Files.delete(landscape);
        atlas.await("atlas:datasets", out -> !out.contains("landscape.yml"), "the problem goes with the file");
    }

    @Test
    void aBrokenFileChangesNothingAndSaysWhyByItsName() throws Exception {
        Path broken = deploy.resolve("broken-region.json");
        Files.copy(TestData.CORPUS.resolve("unknown-category.json"), broken);
        String expected = Files.readString(TestData.CORPUS.resolve("unknown-category.expected")).strip();
        String shown = atlas.await("atlas:datasets", out -> out.contains("broken-region.json"),
                "atlas:datasets names the broken file dropped into deploy/");
        assertTrue(shown.contains(expected), shown);
        assertEquals(seed, atlas.state());

        Files.delete(broken);
        atlas.await("atlas:datasets", out -> !out.contains("broken-region.json"),
                "the problem goes once the broken file is deleted");
        assertEquals(seed, atlas.state());
    }

    @Test
    void aBrokenReplacementOfADeployedFileKeepsThePreviousVersionServingAndSaysSo() throws Exception {
        Path file = deploy.resolve("example.json");
        Files.copy(TestData.EXAMPLE_JSON, file);
        awaitExample(e -> has(e, "1.0.0", 6), "example.json dropped into deploy/ is installed");
        String serving = atlas.state();

        Files.write(file, TestData.bytes(brokenV2()));
        String shown = atlas.await("atlas:datasets", out -> out.contains("example.json"),
                "atlas:datasets names the broken replacement of example.json");
        assertTrue(shown.contains("half-open"), shown);
        assertEquals(serving, atlas.state(), "the broken replacement changed the atlas");
        assertTrue(shown.contains("1.0.0 keeps serving"), "atlas:datasets does not say that 1.0.0 keeps serving:\n" + shown);
    }

    @Test
    void aBrokenReplacementOfADeployedBundleKeepsThePreviousVersionServingAndSaysSo() throws Exception {
        Path jar = deploy.resolve("example.jar");
        Files.copy(TestData.EXAMPLE_JAR, jar);
        awaitExample(e -> has(e, "1.0.0", 6), "example.jar dropped into deploy/ is installed");
        String serving = atlas.state();

        Path bad = TestData.datasetBundle(folder.resolve("example-broken.jar"), TestData.EXAMPLE_JAR_NAME, "1.1.0",
                TestData.bytes(brokenV2()), null);
        replace(jar, bad);
        String shown = atlas.await("atlas:datasets", out -> out.contains("half-open"),
                "atlas:datasets shows why the replacement of example.jar is not loaded");
        assertTrue(shown.contains(TestData.EXAMPLE_JAR_NAME), shown);
        assertTrue(shown.contains("1.0.0 keeps serving"), shown);
        assertEquals(serving, atlas.state(), "the broken replacement changed the atlas");

        // The framework now holds only the broken revision; what validated before still serves after a restart.
        atlas.close();
        atlas = OsgiHarness.start(OsgiHarness.DISTRIBUTION, folder.resolve("framework"), false);
        String again = atlas.out("atlas:datasets");
        assertTrue(again.contains("half-open") && again.contains("1.0.0 keeps serving"), again);
        assertEquals(serving, atlas.state(), "after a restart the broken replacement changed the atlas");
    }

    @Test
    void aBrokenBundleDroppedChangesNothingAndSaysWhy() throws Exception {
        Path jar = TestData.datasetBundle(folder.resolve("broken.jar"), "test.dataset.broken", "1.0.0",
                Files.readAllBytes(TestData.CORPUS.resolve("unknown-category.json")), null);
        Files.copy(jar, deploy.resolve("broken.jar"));
        String expected = Files.readString(TestData.CORPUS.resolve("unknown-category.expected")).strip();
        String shown = atlas.await("atlas:datasets", out -> out.contains("broken.jar"),
                "atlas:datasets names the broken bundle dropped into deploy/");
        assertTrue(shown.contains(expected), shown);
        assertEquals(seed, atlas.state());
        assertFalse(atlas.find("test.dataset.broken").isPresent(), "the refused bundle was installed");
    }

    /**
     * deploy/ reads files directly in it: a folder, or a link to one (here to a large system
     * folder), is neither packed into a bundle nor read, only named once with the reason.
     */
    @Test
    void foldersAndLinksToFoldersAreSkippedWithAWarning() throws Exception {
        java.util.Set<Path> packedBefore = packedByFileInstall();
        Path nested = Files.createDirectories(deploy.resolve("more-data"));
        Files.copy(TestData.EXAMPLE_JSON, nested.resolve("example.json"));
        Files.createSymbolicLink(deploy.resolve("share"), Path.of("/usr/share"));
        Files.copy(TestData.EXAMPLE_JAR, deploy.resolve("trigger.jar")); // any file makes the deployer look
        String shown = atlas.await("atlas:datasets", out -> out.contains("more-data") && out.contains("share"),
                "atlas:datasets names the folder and the link in deploy/");
        assertTrue(shown.contains("deploy/ reads only the .json and .jar files directly in it, not folders;"
                + " move the files up to install them"), shown);
        assertTrue(shown.contains("not folders or links to them"), shown);
        assertEquals(1, TestData.byId(atlas.json(DATASETS)).keySet().stream().filter(EXAMPLE_ID::equals).count());
        java.util.Set<Path> packed = packedByFileInstall();
        packed.removeAll(packedBefore);
        assertEquals(java.util.Set.of(), packed, "FileInstall packed a folder of deploy/ into a jar");
    }

    /** The jars FileInstall has packed from folders, in its temporary folders (shared by every run on this machine). */
    private static java.util.Set<Path> packedByFileInstall() throws java.io.IOException {
        java.util.Set<Path> jars = new java.util.HashSet<>();
        try (var temporary = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "fileinstall-*")) {
            for (Path dir : temporary) {
                try (var files = Files.list(dir)) {
                    files.filter(j -> j.getFileName().toString().endsWith(".jar")).forEach(jars::add);
                }
            }
        }
        return jars;
    }

    /** Two files holding one dataset would replace each other: the second is refused, and takes over once the first goes. */
    @Test
    void aSecondFileWithTheSameDatasetIsRefusedUntilTheFirstIsRemoved() throws Exception {
        Path first = deploy.resolve("first.json");
        Files.copy(TestData.EXAMPLE_JSON, first);
        awaitExample(e -> has(e, "1.0.0", 6), "first.json dropped into deploy/ is installed");
        Path second = deploy.resolve("second.json");
        Files.write(second, TestData.bytes(TestData.exampleV2()));
        String shown = atlas.await("atlas:datasets", out -> out.contains("second.json"), "the second file is refused");
        assertTrue(shown.contains("'second.json' holds dataset 'example-illustrative', which first.json in the same"
                + " folder installed already; remove one of the two"), shown);
        assertEquals("1.0.0", example().orElseThrow().get("version").getAsString());

        Files.delete(first);
        awaitExample(e -> has(e, "1.1.0", 7), "second.json takes over once first.json is removed");
        assertFalse(atlas.out("atlas:datasets").contains("second.json"), "the refusal is still shown");
    }

    /** The example with a category its layer does not have: does not validate. */
    private static JsonObject brokenV2() throws Exception {
        JsonObject doc = TestData.exampleV2();
        doc.getAsJsonArray("entries").get(0).getAsJsonObject().getAsJsonObject("categories")
                .addProperty("openness", "half-open");
        return doc;
    }

    /** Replaces a deployed file the way a careful user does: whole, in one move (staged outside deploy/). */
    private static void replace(Path deployed, Path with) throws Exception {
        Path next = deployed.getParent().resolveSibling(deployed.getFileName() + ".next");
        Files.copy(with, next, StandardCopyOption.REPLACE_EXISTING);
        Files.move(next, deployed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean has(Optional<JsonObject> example, String version, int entries) {
        return example.isPresent() && version.equals(example.get().get("version").getAsString())
                && example.get().get("entries").getAsInt() == entries;
    }

    private Optional<JsonObject> example() throws Exception {
        return TestData.dataset(atlas.json(DATASETS), EXAMPLE_ID);
    }

    private void awaitExample(Predicate<Optional<JsonObject>> condition, String what) throws Exception {
        atlas.await(DATASETS, out -> condition.test(TestData.dataset(JsonParser.parseString(out), EXAMPLE_ID)), what);
    }
}
