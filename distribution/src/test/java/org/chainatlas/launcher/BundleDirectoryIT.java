package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Restarts: the cache in data/ remembers what was installed at run time, bundle/ is brought in
 * step (a removed jar's bundle goes, a changed jar is updated), and --clean forgets everything.
 */
class BundleDirectoryIT {

    private static final String RUNTIME_BUNDLE = "test.installed.at.runtime";

    @TempDir
    Path folder;

    private Path home;
    private Path state;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = AtlasCommandLine.copyTo(folder).home();
        state = folder.resolve("state");
    }

    @Test
    void whatWasInstalledAtRunTimeSurvivesARestartButNotClean() throws Exception {
        try (OsgiHarness atlas = OsgiHarness.start(home, state, true)) {
            atlas.install(BundleJars.empty(folder.resolve("runtime.jar"), RUNTIME_BUNDLE));
        }
        try (OsgiHarness atlas = OsgiHarness.start(home, state, false)) {
            assertEquals(Bundle.ACTIVE, atlas.bundle(RUNTIME_BUNDLE).getState());
        }
        try (OsgiHarness atlas = OsgiHarness.start(home, state, true)) {
            assertFalse(atlas.find(RUNTIME_BUNDLE).isPresent());
        }
    }

    @Test
    void aJarRemovedFromBundleDirTakesItsLayerAwayAndAChangedJarIsUpdated() throws Exception {
        long installed;
        try (OsgiHarness atlas = OsgiHarness.start(home, state, true)) {
            installed = atlas.bundle("org.chainatlas.layer-base").getLastModified();
        }
        Files.delete(jar("org.chainatlas.layer-middle"));
        Path base = jar("org.chainatlas.layer-base");
        Files.setLastModifiedTime(base, FileTime.fromMillis(Files.getLastModifiedTime(base).toMillis() - 60_000));

        try (OsgiHarness atlas = OsgiHarness.start(home, state, false)) {
            assertFalse(atlas.find("org.chainatlas.layer-middle").isPresent());
            String layers = atlas.run("atlas:layers --json").out();
            assertFalse(layers.contains("\"middle\""), layers);
            assertTrue(atlas.bundle("org.chainatlas.layer-base").getLastModified() > installed,
                    "layer-base was not updated although its jar changed");
        }
    }

    @Test
    void aJarThatCannotBeResolvedIsLeftInstalledAndTheAtlasStartsWithoutIt() throws Exception {
        BundleJars.withHeaders(home.resolve("bundle/broken-1.0.0.jar"), "test.unresolvable",
                Map.of("Import-Package", "no.such.package"));
        try (OsgiHarness atlas = OsgiHarness.start(home, state, true)) {
            assertEquals(Bundle.INSTALLED, atlas.bundle("test.unresolvable").getState());
            assertEquals(Bundle.ACTIVE, atlas.bundle("org.chainatlas.layer-base").getState());
            assertTrue(atlas.run("atlas:layers --json").out().contains("\"base\""));
        }
    }

    private Path jar(String symbolicName) throws IOException {
        try (var jars = Files.list(home.resolve("bundle"))) {
            return jars.filter(p -> p.getFileName().toString().startsWith(symbolicName + "-")).findFirst().orElseThrow();
        }
    }
}
