package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crashes at chosen steps: {@code bin/atlas} is SIGKILLed exactly where a kill point (see the
 * launcher's {@code KillPoint}) holds it, one test per step, so that each outcome is the same at
 * every run. After each kill the next run must reach the Atlas service with every boot bundle
 * running, keep the built-in map whole, and say in one line what it recovered and repaired.
 */
class KillPointE2EIT {

    private static final String ID = "killed-synthetic";
    private static final String DATASET = "chainatlas.dataset." + ID;
    private static final int ENTRIES = 300;

    @TempDir
    static Path shared;

    /** An installation that has run twice: cache, validated data and class-data archive in place. */
    private static AtlasCommandLine installed;
    private static Path dataset;

    @TempDir
    Path folder;

    @BeforeAll
    static void prepare() throws Exception {
        installed = AtlasCommandLine.copyTo(shared.resolve("installed"));
        for (int run = 0; run < 2; run++) {
            assertEquals(0, installed.run("-c", "atlas:layers").status(), installed.log());
        }
        dataset = TestData.write(shared.resolve("killed.json"), TestData.synthetic(ID, "1.0.0", ENTRIES));
    }

    /** Each jar of bundle/, half written into the cache, then whole but not yet marked to start. */
    static Stream<String> firstStartPoints() throws IOException {
        return bootBundles().stream().flatMap(name -> Stream.of("boot-install:" + name, "boot-installed:" + name));
    }

    /** Each jar of bundle/ after an upgrade: half written over the cached one, then whole but not recorded. */
    static Stream<String> upgradePoints() throws IOException {
        return bootBundles().stream().flatMap(name -> Stream.of("boot-update:" + name, "boot-updated:" + name));
    }

    /** The first resolve of a start, and the start of the bundles it resolved. */
    static Stream<String> firstResolvePoints() {
        return Stream.of("resolved:org.apache.felix.scr", "resolved:org.chainatlas.registry",
                "starting:org.chainatlas.registry", "started:org.chainatlas.dataset-yrd-2022");
    }

    /** A dataset's bundle as it is written into the cache, resolved, started. */
    static Stream<String> datasetPoints() {
        return Stream.of("installed:" + DATASET, "resolved:" + DATASET, "started:" + DATASET);
    }

    @ParameterizedTest(name = "first start killed at {0}")
    @MethodSource("firstStartPoints")
    void aFirstStartKilledWhileInstallingTheBootBundlesIsRepairedByTheNext(String point) throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Crashes.killAt(atlas, point, "-c", "atlas:layers");
        Crashes.Recovery recovery = Crashes.recover(atlas);
        assertTrue(recovery.line().startsWith(Crashes.RECOVERED), recovery.line());
        if (point.startsWith("boot-installed:")) {
            String name = point.substring(point.indexOf(':') + 1);
            assertTrue(recovery.line().contains("started 1 boot bundle left stopped (" + name + ")"), recovery.line());
        }
        assertEverythingRunsAndNothingMoreIsSaid(atlas);
    }

    @ParameterizedTest(name = "start after an upgrade killed at {0}")
    @MethodSource("upgradePoints")
    void aStartKilledWhileUpdatingTheBootBundlesIsRepairedByTheNext(String point) throws Exception {
        AtlasCommandLine atlas = installed.copyTo(folder, true);
        upgradeEveryBootBundle(atlas);
        Crashes.killAt(atlas, point, "-c", "atlas:layers");
        Crashes.Recovery recovery = Crashes.recover(atlas);
        assertTrue(recovery.line().startsWith(Crashes.RECOVERED), recovery.line());
        if (point.startsWith("boot-update:")) {
            String name = point.substring(point.indexOf(':') + 1);
            assertTrue(recovery.line().endsWith("; repaired: reinstalled 1 boot bundle from bundle/ (" + name + ")"),
                    "the half-written bundle is put right, and named: " + recovery.line());
        }
        assertEverythingRunsAndNothingMoreIsSaid(atlas);
    }

    @ParameterizedTest(name = "start killed at {0}")
    @MethodSource("firstResolvePoints")
    void aStartKilledDuringItsFirstResolveLeavesNothingToRepair(String point) throws Exception {
        AtlasCommandLine atlas = installed.copyTo(folder, true);
        Crashes.killAt(atlas, point, "-c", "atlas:layers");
        assertEquals(Crashes.RECOVERED + ", each whole: 1 dataset (yrd-2022 1.0.0) and 4 layers (application, base,"
                + " middle, service)", Crashes.recover(atlas).line());
        assertEverythingRunsAndNothingMoreIsSaid(atlas);
    }

    @ParameterizedTest(name = "atlas:install killed at {0}")
    @MethodSource("datasetPoints")
    void anInstallKilledAtEachStepLeavesTheDatasetWholeOrAbsent(String point) throws Exception {
        AtlasCommandLine atlas = installed.copyTo(folder, true);
        Crashes.killAt(atlas, point, "-c", "atlas:install " + dataset);
        assertWholeOrAbsent(Crashes.recover(atlas).dataset(ID), point);
        String bundles = atlas.run("-c", "lb -s").out();
        assertTrue(bundles.lines().filter(l -> l.contains(DATASET)).allMatch(l -> l.contains("Active")),
                "an install killed at " + point + " left its bundle neither running nor gone:\n" + bundles);
        AtlasCommandLine.Run again = atlas.run("-c", "atlas:install " + dataset);
        assertEquals(0, again.status(), "installing again after an install killed at " + point + ": " + again.err());
        Optional<JsonObject> installedAgain = Crashes.recover(atlas).dataset(ID);
        assertTrue(installedAgain.isPresent(), "installed again after a kill at " + point + ", yet absent");
        assertWholeOrAbsent(installedAgain, point);
        assertEverythingRunsAndNothingMoreIsSaid(atlas);
    }

    @ParameterizedTest(name = "deploy/ scan killed at {0}")
    @MethodSource("datasetPoints")
    void aDeployScanKilledAtEachStepLeavesTheDatasetWholeOrAbsentAndTheNextScanFinishesIt(String point) throws Exception {
        AtlasCommandLine atlas = installed.copyTo(folder, true);
        Files.copy(dataset, atlas.home().resolve("deploy/killed.json"));
        Crashes.killAt(atlas, point, "-c", "atlas:datasets");
        Optional<JsonObject> after = Crashes.recover(atlas).dataset(ID);
        assertTrue(after.isPresent(), "the file is still in deploy/, so the next start installs it: " + point);
        assertWholeOrAbsent(after, point);
        assertEverythingRunsAndNothingMoreIsSaid(atlas);
    }

    private static void assertWholeOrAbsent(Optional<JsonObject> dataset, String point) {
        dataset.ifPresent(d -> {
            assertEquals(ENTRIES, d.get("entries").getAsInt(), "killed at " + point + ", yet not whole: " + d);
            assertEquals(0, d.get("pending").getAsInt(), "killed at " + point + ": " + d);
        });
    }

    /** Every boot bundle of a one-off command's level runs, and a run after the recovery has nothing to tell. */
    private static void assertEverythingRunsAndNothingMoreIsSaid(AtlasCommandLine atlas) throws Exception {
        assertEquals(List.of(), Crashes.inactiveBootBundles(atlas), atlas.log());
    }

    /** What unpacking a newer build over the installation does to bundle/: every jar changes. */
    private static void upgradeEveryBootBundle(AtlasCommandLine atlas) throws IOException {
        FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(atlas.home().resolve("bundle"), "*.jar")) {
            for (Path jar : jars) {
                Files.setLastModifiedTime(jar, later);
            }
        }
    }

    private static List<String> bootBundles() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(OsgiHarness.DISTRIBUTION.resolve("bundle"), "*.jar")) {
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    names.add(file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip());
                }
            }
        }
        names.sort(null);
        return names;
    }
}
