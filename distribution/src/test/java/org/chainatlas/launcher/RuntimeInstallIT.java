package org.chainatlas.launcher;

import static org.chainatlas.launcher.TestData.EXAMPLE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Installing, updating and removing datasets and layers while the atlas runs, as a user does it:
 * atlas:install / atlas:uninstall, and Gogo's own bundle commands. Each test boots its own
 * framework in its own folder.
 */
class RuntimeInstallIT {

    @TempDir
    Path folder;

    private OsgiHarness atlas;

    @BeforeEach
    void start() throws Exception {
        atlas = OsgiHarness.start(folder.resolve("framework"));
    }

    @AfterEach
    void stop() {
        atlas.close();
    }

    @Test
    void aDatasetFileIsInstalledUpdatedInPlaceAndUninstalled() throws Exception {
        Path v2 = TestData.write(folder.resolve("dataset-example-1.1.0.json"), TestData.exampleV2());
        installUpdateUninstall(TestData.EXAMPLE_JSON, v2, TestData.EXAMPLE_PACKED_NAME);
    }

    @Test
    void aDatasetBundleIsInstalledUpdatedInPlaceAndUninstalled() throws Exception {
        Path v2 = TestData.datasetBundle(folder.resolve("example-1.1.0.jar"), TestData.EXAMPLE_JAR_NAME, "1.1.0",
                TestData.bytes(TestData.exampleV2()), null);
        installUpdateUninstall(TestData.EXAMPLE_JAR, v2, TestData.EXAMPLE_JAR_NAME);
    }

    private void installUpdateUninstall(Path v1, Path v2, String bundle) throws Exception {
        String seedStats = atlas.out("atlas:stats --json");
        String seedState = atlas.state();

        String installed = atlas.out("atlas:install " + v1);
        assertTrue(installed.lines().anyMatch(l -> l.startsWith("+ dataset example-illustrative 1.0.0")), installed);
        JsonObject example = example();
        assertEquals("1.0.0", example.get("version").getAsString());
        assertEquals(6, example.get("entries").getAsInt(), example.toString());
        assertEquals(1, example.get("pending").getAsInt(), example.toString());
        assertEquals(bundle, example.get("bundle").getAsString());

        String stateWithV1 = atlas.state();
        String again = atlas.out("atlas:install " + v1);
        assertTrue(again.contains("nothing changed"), again);
        assertEquals(stateWithV1, atlas.state(), "installing the same file again changed the atlas");

        String updated = atlas.out("atlas:install " + v2);
        assertTrue(updated.lines().anyMatch(l -> l.startsWith("~ dataset example-illustrative 1.0.0 → 1.1.0: 7 entries (+1 −0 ~0)")),
                "the update does not say it added one entry: " + updated);
        JsonElement datasets = atlas.json("atlas:datasets --json");
        assertEquals(List.of(EXAMPLE_ID, "yrd-2022"), List.copyOf(TestData.byId(datasets).keySet()));
        example = example();
        assertEquals("1.1.0", example.get("version").getAsString());
        assertEquals(7, example.get("entries").getAsInt(), example.toString());
        assertEquals(1, example.get("pending").getAsInt(), example.toString());
        assertEquals(bundle, example.get("bundle").getAsString());
        assertEquals(1, atlas.json("atlas:search 示例链乙 --json").getAsJsonArray().size());

        String removed = atlas.out("atlas:uninstall " + EXAMPLE_ID);
        assertTrue(removed.lines().anyMatch(l -> l.startsWith("- dataset example-illustrative 1.1.0")), removed);
        assertEquals(seedStats, atlas.out("atlas:stats --json"), "the seed changed");
        assertEquals(seedState, atlas.state());
        assertFalse(atlas.find(bundle).isPresent(), bundle + " is still installed");
    }

    /** atlas:validate --json names the bundle that atlas:install then installs, for a .json and for a .jar. */
    @Test
    void validateNamesTheBundleThatInstallInstalls() throws Exception {
        for (Path file : List.of(TestData.EXAMPLE_JSON, TestData.EXAMPLE_JAR)) {
            JsonObject validation = atlas.json("atlas:validate --json " + file).getAsJsonObject();
            atlas.out("atlas:install " + file);
            assertEquals(example().get("bundle").getAsString(), validation.get("bundle").getAsString(),
                    "atlas:validate --json " + file.getFileName() + " names another bundle than atlas:install installs");
            atlas.out("atlas:uninstall " + EXAMPLE_ID);
        }
    }

    @Test
    void aLayerArrivingAfterItsEntriesTakesThemInAndTheyWaitAgainWhenItLeaves() throws Exception {
        atlas.out("atlas:install " + TestData.EXAMPLE_JSON);
        assertEquals(1, example().get("pending").getAsInt());

        String added = atlas.out("atlas:install " + TestData.LAYER_JAR);
        assertTrue(added.contains("+ layer regulation"), added);
        List<JsonObject> layers = TestData.objects(atlas.json("atlas:layers --json")).toList();
        assertEquals(List.of("base", "middle", "regulation", "application", "service"),
                layers.stream().map(l -> l.get("id").getAsString()).toList());
        List<Integer> ranks = layers.stream().map(l -> l.get("rank").getAsInt()).toList();
        assertEquals(List.of(100, 200, 250, 300, 400), ranks);

        JsonObject example = example();
        assertEquals(0, example.get("pending").getAsInt(), example.toString());
        List<JsonObject> regulation = TestData.objects(atlas.json("atlas:list --layer regulation --json")).toList();
        assertEquals(List.of("example-illustrative/example-sandbox"),
                regulation.stream().map(e -> e.get("qualifiedId").getAsString()).toList());

        atlas.out("atlas:uninstall " + TestData.LAYER_JAR_NAME);
        example = example();
        assertEquals(1, example.get("pending").getAsInt(), example.toString());
        String reasons = example.get("pendingReasons").toString();
        assertTrue(reasons.contains("layer 'regulation'"), reasons);
        assertEquals(4, atlas.json("atlas:layers --json").getAsJsonArray().size());
    }

    /**
     * Gogo's felix:install/start/stop/update/uninstall. Install, update and uninstall are the
     * atlas's own (they take over Gogo's, so what a user types goes through the one intake):
     * install starts the bundle, as atlas:install does. The bundle is passed as a Bundle object
     * ({@code $.context bundle N}); a bare id needs the String-to-Bundle converter, see
     * {@link #gogosBundleCommandsTakeABundleId}.
     */
    @Test
    void gogosOwnBundleCommandsHaveTheSameEffect() throws Exception {
        String seedState = atlas.state();
        Path v2 = TestData.datasetBundle(folder.resolve("example-1.1.0.jar"), TestData.EXAMPLE_JAR_NAME, "1.1.0",
                TestData.bytes(TestData.exampleV2()), null);

        atlas.out("felix:install " + TestData.EXAMPLE_JAR.toUri());
        long id = atlas.bundle(TestData.EXAMPLE_JAR_NAME).getBundleId();
        String bundle = "($.context bundle " + id + ")";
        JsonObject example = example();
        assertEquals(6, example.get("entries").getAsInt());
        assertEquals(1, example.get("pending").getAsInt());
        assertEquals(TestData.EXAMPLE_JAR_NAME, example.get("bundle").getAsString());
        String withV1 = atlas.state();

        atlas.out("felix:stop " + bundle);
        assertEquals(seedState, atlas.state(), "a stopped dataset bundle still serves");
        atlas.out("felix:start " + id);
        assertEquals(withV1, atlas.state(), "restarting the bundle did not bring the same dataset back");

        atlas.out("felix:update " + bundle + " " + v2.toUri());
        example = example();
        assertEquals("1.1.0", example.get("version").getAsString());
        assertEquals(7, example.get("entries").getAsInt());
        assertEquals(1, TestData.byId(atlas.json("atlas:datasets --json")).keySet().stream()
                .filter(EXAMPLE_ID::equals).count());

        atlas.out("felix:uninstall " + bundle);
        assertEquals(seedState, atlas.state());
    }

    /**
     * An unprefixed {@code install} in a script means what it means at the console: the atlas's
     * install, which refuses a bundle with code in one sentence and installs nothing.
     */
    @Test
    void unprefixedInstallGoesThroughTheAtlasIntake() throws Exception {
        String seedState = atlas.state();
        Path code = codeBundle(folder.resolve("exporter.jar"));
        OsgiHarness.Result refused = atlas.run("install " + code.toUri());
        assertEquals(1, refused.status(), refused.out());
        assertEquals("'exporter.jar' is not a layer or dataset bundle but code (it has a Bundle-Activator header); the atlas"
                + " installs code only when asked: atlas:install --allow-code exporter.jar, if you trust it", refused.err().strip());
        assertFalse(atlas.find("test.exporter").isPresent(), "the refused bundle is installed");
        assertEquals(seedState, atlas.state());

        OsgiHarness.Result installed = atlas.run("install " + TestData.EXAMPLE_JAR.toUri());
        assertEquals(0, installed.status(), installed.err());
        assertEquals(Bundle.ACTIVE, atlas.bundle(TestData.EXAMPLE_JAR_NAME).getState());
        assertTrue(example().get("entries").getAsInt() == 6);
    }

    /** Gogo's update cannot put another bundle, or a foreign jar, in the place of one of the atlas's own. */
    @Test
    void gogosUpdateAndUninstallCannotReplaceOrRemoveTheAtlasItself() throws Exception {
        String before = atlas.state();
        long registry = atlas.bundle("org.chainatlas.registry").getBundleId();
        Path fake = bareJar(folder.resolve("registry.jar"), "org.chainatlas.registry");
        String refusal = "'org.chainatlas.registry' is the symbolic name of ChainAtlas registry, part of the atlas itself:"
                + " a bundle cannot replace or remove it; give yours a name of its own";
        assertEquals(refusal, atlas.fails("felix:update " + registry + " " + fake.toUri()));
        assertEquals(refusal, atlas.fails("uninstall " + registry));
        assertEquals(refusal, atlas.fails("install " + fake.toUri()));
        atlas.out("atlas:install " + TestData.EXAMPLE_JAR);
        long example = atlas.bundle(TestData.EXAMPLE_JAR_NAME).getBundleId();
        Path other = TestData.datasetBundle(folder.resolve("other.jar"), "test.dataset.other", "1.0.0",
                TestData.bytes(TestData.exampleV2()), null);
        assertEquals("'other.jar' holds test.dataset.other, not " + TestData.EXAMPLE_JAR_NAME + " (bundle " + example
                + "); install it with atlas:install instead", atlas.fails("update " + example + " " + other));
        assertEquals(6, example().get("entries").getAsInt(), "the refused update changed the dataset");
        atlas.out("atlas:uninstall " + EXAMPLE_ID);
        assertEquals(before, atlas.state());
    }

    /**
     * {@code felix:stop 21}, as every Gogo user types it: the id becomes a Bundle through the
     * converter gogo.jline registers. {@code atlas -c} (and this harness) runs at the start level
     * without the console, so that converter must be there without it too.
     */
    @Test
    void gogosBundleCommandsTakeABundleId() throws Exception {
        atlas.out("felix:install " + TestData.EXAMPLE_JAR.toUri());
        long id = atlas.bundle(TestData.EXAMPLE_JAR_NAME).getBundleId();
        atlas.out("felix:start " + id);
        assertTrue(TestData.dataset(atlas.json("atlas:datasets --json"), EXAMPLE_ID).isPresent());

        OsgiHarness.Result stop = atlas.run("felix:stop " + id);
        assertEquals(0, stop.status(), "felix:stop " + id + " failed: " + stop.err());
        assertFalse(TestData.dataset(atlas.json("atlas:datasets --json"), EXAMPLE_ID).isPresent());
        OsgiHarness.Result uninstall = atlas.run("felix:uninstall " + id);
        assertEquals(0, uninstall.status(), "felix:uninstall " + id + " failed: " + uninstall.err());
        assertFalse(atlas.find(TestData.EXAMPLE_JAR_NAME).isPresent());
    }

    @Test
    void anEntryIdTwoDatasetsShareIsAmbiguousUntilQualified() throws Exception {
        JsonObject twin = TestData.example();
        twin.addProperty("id", "example-twin");
        twin.getAsJsonArray("entries").get(0).getAsJsonObject().addProperty("id", "ant-chain");
        atlas.out("atlas:install " + TestData.write(folder.resolve("twin.json"), twin));

        String error = atlas.fails("atlas:show ant-chain");
        assertTrue(error.contains("yrd-2022/ant-chain") && error.contains("example-twin/ant-chain"), error);

        JsonObject seed = atlas.json("atlas:show --json yrd-2022/ant-chain").getAsJsonObject();
        assertEquals("yrd-2022/ant-chain", seed.get("qualifiedId").getAsString());
        assertEquals("yrd-2022", seed.get("dataset").getAsString());
        JsonObject other = atlas.json("atlas:show --json example-twin/ant-chain").getAsJsonObject();
        assertEquals("Example Chain A (fictional)", other.getAsJsonObject("name").get("en").getAsString());
    }

    @Test
    void aDatasetBundleCarryingCodeIsRefusedByEveryWayIn() throws Exception {
        JsonObject document = TestData.example();
        document.addProperty("id", "example-with-code");
        Path jar = TestData.datasetBundle(folder.resolve("with-code.jar"), "test.dataset.with-code", "1.0.0",
                TestData.bytes(document), TestData.someClassFile());
        String before = atlas.state();
        String refusal = "'with-code.jar' is a dataset bundle, which must hold data only, but it carries classes;"
                + " nothing was installed";
        assertEquals(refusal, atlas.fails("atlas:install " + jar));
        assertEquals(refusal, atlas.fails("felix:install " + jar.toUri()));
        assertEquals(refusal, atlas.fails("atlas:install --allow-code " + jar), "--allow-code lets code in, never into data");
        assertEquals(before, atlas.state());
        assertFalse(atlas.find("test.dataset.with-code").isPresent(), "a refused bundle is left installed");
    }

    @Test
    void aJarThatTakesABuiltInBundlesNameIsRefusedAndReplacesNothing() throws Exception {
        String before = atlas.state();
        Path registry = bareJar(folder.resolve("registry.jar"), "org.chainatlas.registry");
        assertEquals("'org.chainatlas.registry' is the symbolic name of ChainAtlas registry, part of the atlas itself:"
                + " a bundle cannot replace or remove it; give yours a name of its own", atlas.fails("atlas:install " + registry));
        JsonObject document = TestData.example();
        Path map = TestData.datasetBundle(folder.resolve("map.jar"), "org.chainatlas.dataset-yrd-2022", "0.0.1",
                TestData.bytes(document), null);
        String refused = atlas.fails("atlas:install " + map);
        assertTrue(refused.startsWith("'org.chainatlas.dataset-yrd-2022' is the symbolic"
                + " name of ChainAtlas dataset: Yangtze River Delta 2022"), refused);
        assertTrue(atlas.fails("atlas:uninstall org.chainatlas.layer-base").startsWith("'org.chainatlas.layer-base' is the"
                + " symbolic name of ChainAtlas layer: base"));
        assertEquals(before, atlas.state());
        assertEquals(35, TestData.dataset(atlas.json("atlas:datasets --json"), "yrd-2022").orElseThrow()
                .get("entries").getAsInt());
    }

    @Test
    void aLayerOrDatasetBundleWithAnyHeaderThatRunsCodeIsRefusedBeforeItIsInstalled() throws Exception {
        String before = atlas.state();
        Path activator = withHeader(TestData.LAYER_JAR, folder.resolve("layer-activator.jar"), "Bundle-Activator", "x.Payload");
        assertEquals("'layer-activator.jar' is a layer bundle, which must hold data only, but it has a Bundle-Activator"
                + " header; nothing was installed", atlas.fails("atlas:install " + activator));
        Path component = withHeader(TestData.EXAMPLE_JAR, folder.resolve("dataset-component.jar"), "Service-Component",
                "OSGI-INF/x.xml");
        assertEquals("'dataset-component.jar' is a dataset bundle, which must hold data only, but it has a Service-Component"
                + " header; nothing was installed", atlas.fails("atlas:install " + component));
        Path fragment = withHeader(TestData.LAYER_JAR, folder.resolve("layer-fragment.jar"), "Fragment-Host",
                "org.chainatlas.registry");
        assertTrue(atlas.fails("atlas:install " + fragment).contains("has a Fragment-Host header"));
        assertFalse(atlas.find(TestData.LAYER_JAR_NAME).isPresent(), "a refused bundle is not left installed");
        assertEquals(before, atlas.state());
    }

    @Test
    void aFileNameWithALineBreakNeverReachesAManifest() throws Exception {
        String before = atlas.state();
        Path odd = java.nio.file.Files.copy(TestData.EXAMPLE_JSON, folder.resolve("odd\nBundle-Activator: x.Payload.json"));
        OsgiHarness.Result refused = atlas.literal("atlas:install", odd.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().strip().endsWith("odd?Bundle-Activator: x.Payload.json holds a line break or another"
                + " control character; rename the file and install it again"), refused.err());
        assertEquals(before, atlas.state());
    }

    /** Code comes in only when asked for; an update of it that cannot start puts the previous version back. */
    @Test
    void aBundleWithCodeNeedsAllowCodeAndAFailedUpdateOfItPutsThePreviousBack() throws Exception {
        Path v1 = HostileInputs.code(folder.resolve("exporter-1.jar"), "test.exporter", "1.0.0",
                org.chainatlas.launcher.payload.Payload.class.getName());
        Path v2 = HostileInputs.code(folder.resolve("exporter-2.jar"), "test.exporter", "2.0.0", "org.example.Missing");
        assertTrue(atlas.fails("atlas:install " + v1).endsWith("atlas:install --allow-code exporter-1.jar, if you trust it"));
        atlas.out("atlas:install --allow-code " + v1);
        assertEquals(Bundle.ACTIVE, atlas.bundle("test.exporter").getState());

        String refusal = atlas.fails("atlas:install --allow-code " + v2);
        assertTrue(refusal.startsWith("could not update test.exporter: ") && refusal.endsWith("; the previous version is back"),
                refusal);
        Bundle back = atlas.bundle("test.exporter");
        assertEquals("1.0.0", back.getVersion().toString());
        assertEquals(Bundle.ACTIVE, back.getState());
        atlas.out("atlas:uninstall test.exporter");
        assertFalse(atlas.find("test.exporter").isPresent());
    }

    /**
     * A disk that refuses the intake's writes (full, or here: its store folder replaced by a file)
     * costs one sentence and changes nothing, for an install and for an update alike.
     */
    @Test
    void aStoreThatCannotBeWrittenRefusesInOneSentenceAndChangesNothing() throws Exception {
        atlas.out("atlas:install " + TestData.EXAMPLE_JSON);
        String withV1 = atlas.state();
        Path objects;
        try (var found = java.nio.file.Files.walk(folder.resolve("framework/cache"))) {
            objects = found.filter(p -> p.endsWith("data/store/objects")).findFirst().orElseThrow();
        }
        try (var kept = java.nio.file.Files.list(objects)) {
            for (Path p : kept.toList()) {
                java.nio.file.Files.delete(p);
            }
        }
        java.nio.file.Files.delete(objects);
        java.nio.file.Files.writeString(objects, "not a folder");

        Path v2 = TestData.write(folder.resolve("v2.json"), TestData.exampleV2());
        String refusal = atlas.fails("atlas:install " + v2);
        assertTrue(refusal.startsWith("could not install " + TestData.EXAMPLE_PACKED_NAME + ": the atlas cannot keep its"
                + " copy (") && refusal.endsWith("); nothing was installed"), refusal);
        assertEquals(withV1, atlas.state());
        Path layer = TestData.LAYER_JAR;
        assertTrue(atlas.fails("atlas:install " + layer).contains("the atlas cannot keep its copy"));
        assertFalse(atlas.find(TestData.LAYER_JAR_NAME).isPresent());
        assertEquals(withV1, atlas.state());
    }

    /** A dataset id names one dataset: a second bundle offering it is refused, not installed and ignored. */
    @Test
    void aDatasetIdAnotherBundleProvidesIsRefusedBeforeAnythingIsInstalled() throws Exception {
        atlas.out("atlas:install " + TestData.EXAMPLE_JAR);
        String withJar = atlas.state();
        assertEquals("'dataset-example.json' has dataset id 'example-illustrative', which " + TestData.EXAMPLE_JAR_NAME
                + " provides already; uninstall that (atlas:uninstall " + TestData.EXAMPLE_JAR_NAME + ") or give your"
                + " dataset an id of its own", atlas.fails("atlas:install " + TestData.EXAMPLE_JSON));
        assertFalse(atlas.find(TestData.EXAMPLE_PACKED_NAME).isPresent());
        assertEquals(withJar, atlas.state());
    }

    @Test
    void aBundleThatCannotResolveIsNotLeftInstalled() throws Exception {
        Path importing = withHeader(TestData.LAYER_JAR, folder.resolve("importing.jar"), "Import-Package", "org.example.nowhere");
        assertEquals("'importing.jar' is a layer bundle, which must hold data only, but it has an Import-Package header"
                + " (data imports nothing); nothing was installed", atlas.fails("atlas:install " + importing));
        Path unresolvable = BundleJars.withHeaders(folder.resolve("unresolvable.jar"), "test.unresolvable",
                java.util.Map.of("Import-Package", "org.example.nowhere"));
        String refusal = atlas.fails("atlas:install --allow-code " + unresolvable);
        assertTrue(refusal.startsWith("could not install test.unresolvable: "), refusal);
        assertFalse(atlas.find("test.unresolvable").isPresent(), "the bundle that did not resolve stayed installed");
        assertFalse(atlas.find(TestData.LAYER_JAR_NAME).isPresent());
    }

    /** A copy of {@code jar} with one more manifest header. */
    private static Path withHeader(Path jar, Path copy, String name, String value) throws java.io.IOException {
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = new java.util.jar.Manifest(in.getManifest());
            manifest.getMainAttributes().putValue(name, value);
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(
                    java.nio.file.Files.newOutputStream(copy), manifest)) {
                for (java.util.jar.JarEntry e : java.util.Collections.list(in.entries())) {
                    if (!e.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                        in.getInputStream(e).transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        return copy;
    }

    /** A bundle with code, as an exporter would be: an activator. */
    private static Path codeBundle(Path jar) throws java.io.IOException {
        return BundleJars.withHeaders(jar, "test.exporter", java.util.Map.of("Bundle-Activator", "org.example.Exporter"));
    }

    /** A jar whose manifest says nothing but its symbolic name: the smallest impostor. */
    private static Path bareJar(Path jar, String symbolicName) throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(jar);
             java.util.jar.JarOutputStream ignored = new java.util.jar.JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    private JsonObject example() throws LaunchException {
        JsonElement datasets = atlas.json("atlas:datasets --json");
        return TestData.dataset(datasets, EXAMPLE_ID)
                .orElseThrow(() -> new AssertionError("no dataset " + EXAMPLE_ID + " in " + datasets));
    }
}
