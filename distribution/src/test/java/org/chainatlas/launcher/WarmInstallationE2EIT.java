package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build leaves target/chain-atlas warm, as two runs would (distribution/pom.xml, "warm-up"):
 * the first console a user opens after building finds the bundle cache, the remembered data and
 * the class-data archive in place. And an installation copied whole, warm state and all, still
 * answers quietly: its archive names the old folder, so it is made anew rather than refused.
 */
class WarmInstallationE2EIT {
    private static final Path BUILT = OsgiHarness.DISTRIBUTION.toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    @BeforeAll
    static void warmedByTheBuild() {
        assumeFalse(Boolean.getBoolean("chainatlas.warmup.skip"), "built with -Dchainatlas.warmup.skip=true");
    }

    @Test
    void theBuiltInstallationHasItsCachesAndArchiveButNoLogOfTheWarmUp() throws Exception {
        assertTrue(Files.isDirectory(BUILT.resolve("data/cache/bundle1")), "no bundle cache in " + BUILT);
        try (Stream<Path> files = Files.walk(BUILT.resolve("data/cache"))) {
            assertTrue(files.anyMatch(p -> p.endsWith("data/validated") && Files.isDirectory(p)),
                    "no remembered data (a registry data/validated folder) in " + BUILT);
        }
        assertTrue(Files.size(BUILT.resolve("data/cds/atlas.jsa")) > 0, "no class-data archive");
        String madeBy = Files.readString(BUILT.resolve("data/cds/atlas.id"), StandardCharsets.UTF_8).strip();
        assertTrue(madeBy.endsWith(" " + BUILT.toRealPath()), madeBy);
        try (Stream<Path> logs = Files.list(BUILT.resolve("log"))) {
            assertEquals(0, logs.count(), "the warm-up's own log is not left for the user");
        }
    }

    @Test
    void aWarmInstallationCopiedWholeAnswersQuietlyAndRemakesItsArchiveForItsNewFolder() throws Exception {
        AtlasCommandLine moved = AtlasCommandLine.copyWholeTo(folder);
        for (int run = 1; run <= 2; run++) {
            AtlasCommandLine.Run stats = moved.run("-c", "atlas:stats --json");
            assertEquals(0, stats.status(), stats.err() + moved.log());
            assertEquals("", stats.err(), "run " + run + " said something on stderr");
            assertEquals(35, JsonParser.parseString(stats.out()).getAsJsonObject().get("named").getAsInt());
        }
        String madeBy = Files.readString(moved.home().resolve("data/cds/atlas.id"), StandardCharsets.UTF_8).strip();
        assertTrue(madeBy.endsWith(" " + moved.home().toRealPath()), madeBy);
    }
}
