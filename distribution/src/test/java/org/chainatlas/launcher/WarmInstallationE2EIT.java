package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build leaves target/chain-atlas warm, as two runs would (distribution/pom.xml, "warm-up"):
 * the first console a user opens after building finds the bundle cache, the remembered data and
 * the class-data archive in place. And an installation copied whole, warm state and all, still
 * answers quietly: its archive names the old folder, so it is made anew rather than refused. The
 * same for jars that come back with older times, as an upgrade unpacked in place brings them: the
 * JVM would refuse the archive at every start, without a word on the console.
 */
class WarmInstallationE2EIT {
    private static final Path BUILT = OsgiHarness.DISTRIBUTION.toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    @Test
    void theBuiltInstallationHasItsCachesAndArchiveButNoLogOfTheWarmUp() throws Exception {
        assumeFalse(Boolean.getBoolean("chainatlas.warmup.skip"), "built with -Dchainatlas.warmup.skip=true");
        assertTrue(Files.isDirectory(BUILT.resolve("data/cache/bundle1")), "no bundle cache in " + BUILT);
        try (Stream<Path> files = Files.walk(BUILT.resolve("data/cache"))) {
            assertTrue(files.anyMatch(p -> p.endsWith("data/store/validated") && Files.isDirectory(p)),
                    "no remembered data (a registry data/store/validated folder) in " + BUILT);
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

    @Test
    void jarsPutBackWithOlderTimesGetANewArchiveThatTheJvmMaps() throws Exception {
        AtlasCommandLine upgraded = freshAfterTwoRuns("upgraded");
        try (Stream<Path> jars = Files.list(upgraded.home().resolve("lib"))) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            }
        }
        assertEquals(0, upgraded.run("-c", "atlas:layers").status(), upgraded.log()); // writes it anew
        AtlasCommandLine.Run logged = upgraded.runWith(env -> env.put("JAVA_OPTS", "-Xlog:cds"), "-c", "atlas:layers");
        assertEquals(0, logged.status(), logged.err());
        assertTrue(logged.out().contains("Mapped dynamic region"), "the archive was not mapped: " + logged.out());
        assertFalse(logged.out().contains("not the one used while building"), logged.out());
    }

    @Test
    void aRunWithoutClassDataSharingLeavesTheArchiveToTheRunsThatUseIt() throws Exception {
        AtlasCommandLine atlas = freshAfterTwoRuns("cds-off");
        Path archive = atlas.home().resolve("data/cds/atlas.jsa");
        FileTime written = Files.getLastModifiedTime(archive);
        // another java (a wrapper around this one), as the benchmarks use to read the script's options
        Path jdk = Files.createDirectories(folder.resolve("wrapper-jdk/bin")).getParent();
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + System.getProperty("java.version") + "\"\n");
        AtlasCommandLine.Run off = atlas.runWith(env -> {
            env.put("ATLAS_CDS", "off");
            env.put("JAVA_HOME", jdk.toString());
        }, "-c", "atlas:layers");
        assertEquals(0, off.status(), off.err());
        assertEquals(written, Files.getLastModifiedTime(archive), "the archive was dropped or rewritten");
    }

    /** A fresh installation after its first two runs: the second has written the archive. */
    private static AtlasCommandLine freshAfterTwoRuns(String name) throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder.resolve(name));
        for (int run = 1; run <= 2; run++) {
            assertEquals(0, atlas.run("-c", "atlas:layers").status(), atlas.log());
        }
        assertTrue(Files.exists(atlas.home().resolve("data/cds/atlas.jsa")), "no archive after two runs");
        return atlas;
    }
}
