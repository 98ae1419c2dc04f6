package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes: {@code bin/atlas} killed with SIGKILL (no shutdown hook runs) at random points while it
 * installs, updates or deploys a big dataset. The next run must start and answer (exit 0), and
 * the dataset must be there whole, in one of its versions, or not at all.
 *
 * <p>The kill points are random fractions of how long a whole install took on this machine
 * (measured once, in {@link #installVersion1}), so they fall before, during and after the work
 * wherever the machine is slow or fast; no time is asserted. The seed is printed, to replay a run.
 */
class CrashE2EIT {

    /** Big enough that installing takes a few seconds on two cores. */
    private static final int ENTRIES = 12_000;
    private static final String ID = "stress-synthetic";

    @TempDir
    static Path shared;

    private static Path v1;
    private static Path v2;
    /** A copy with v1 installed, from which the update test starts. */
    private static AtlasCommandLine withV1;
    /** How long `atlas -c "atlas:install v1"` took, start to exit. */
    private static long installMillis;
    /** Printed with the outcomes; {@code -Dcrash.seed=N} replays a run. */
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);
    private static final List<String> OUTCOMES = new ArrayList<>();

    @TempDir
    Path folder;

    @BeforeAll
    static void installVersion1() throws Exception {
        v1 = TestData.write(shared.resolve("stress-v1.json"), TestData.synthetic(ID, "1.0.0", ENTRIES));
        v2 = TestData.write(shared.resolve("stress-v2.json"), TestData.synthetic(ID, "2.0.0", ENTRIES + 1));
        withV1 = AtlasCommandLine.copyTo(shared.resolve("with-v1"));
        long start = System.nanoTime();
        AtlasCommandLine.Run run = withV1.run("-c", "atlas:install " + v1);
        installMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(0, run.status(), run.err() + withV1.log());
        assertEquals(ENTRIES, stress(withV1).orElseThrow().get("entries").getAsInt());
    }

    @AfterAll
    static void report() {
        System.out.println("CrashE2EIT (seed " + SEED + ", a whole install took " + installMillis + " ms):\n  "
                + String.join("\n  ", OUTCOMES));
    }

    @Test
    void aKilledInstallLeavesTheDatasetWholeOrAbsent() throws Exception {
        AtlasCommandLine absent = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            // Where the last kill left nothing installed, the same copy serves again (one start less).
            AtlasCommandLine atlas = absent != null ? absent : AtlasCommandLine.copyTo(folder.resolve("install-" + attempt));
            String killed = kill(atlas, "-c", "atlas:install " + v1);
            Optional<JsonObject> after = stress(atlas);
            after.ifPresent(d -> assertWhole(d, "after an install killed " + killed));
            OUTCOMES.add("install killed " + killed + " → " + describe(after));
            absent = after.isEmpty() ? atlas : null;
        }
        if (absent != null) {
            // Nothing half-done stands in the way: installing again works.
            AtlasCommandLine.Run again = absent.run("-c", "atlas:install " + v1);
            assertEquals(0, again.status(), "installing again after a killed install failed: " + again.err());
            assertTrue(again.out().startsWith("+ dataset " + ID + " 1.0.0"), again.out());
            assertWhole(stress(absent).orElseThrow(), "installed again after a killed install");
        }
    }

    @Test
    void aKilledUpdateLeavesOneWholeVersion() throws Exception {
        AtlasCommandLine atlas = withV1;
        for (int attempt = 0; attempt < 2; attempt++) {
            String current = stress(atlas).orElseThrow().get("version").getAsString();
            Path next = current.equals("1.0.0") ? v2 : v1;
            String killed = kill(atlas, "-c", "atlas:install " + next);
            Optional<JsonObject> after = stress(atlas);
            assertTrue(after.isPresent(), "an update killed " + killed + " lost the dataset");
            assertWhole(after.get(), "after an update killed " + killed);
            OUTCOMES.add("update " + current + " → " + next.getFileName() + " killed " + killed + " → " + describe(after));
        }
    }

    @Test
    void aKilledDeployLeavesTheDatasetWholeOrAbsent() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder.resolve("deploy-" + attempt));
            Files.copy(v1, atlas.home().resolve("deploy/stress.json"));
            String killed = kill(atlas, "-c", "atlas:datasets --json");
            Optional<JsonObject> after = stress(atlas);
            after.ifPresent(d -> assertWhole(d, "after a deploy killed " + killed));
            OUTCOMES.add("deploy/ scan killed " + killed + " → " + describe(after));
        }
    }

    /** Starts bin/atlas and SIGKILLs its JVM at a random point of a whole install's duration; says when. */
    private static String kill(AtlasCommandLine atlas, String... args) throws Exception {
        return Crashes.killAfter(atlas, (long) (installMillis * (0.25 + 0.75 * RANDOM.nextDouble())), args);
    }

    @Test
    void aRunAfterOneThatNeverClosedSaysWhatItRecovered(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        assertEquals(0, atlas.run("-c", "atlas:layers").status());
        // What a killed run leaves behind: its marker (a clean stop removes it).
        java.nio.file.Files.writeString(atlas.home().resolve("data/running"), "12345");
        AtlasCommandLine.Run after = atlas.run("-c", "atlas:layers --json");
        assertEquals(0, after.status());
        assertEquals("atlas: the previous run ended without closing; recovered from the bundle cache, each whole: "
                + "1 dataset (yrd-2022 1.0.0) and 4 layers (application, base, middle, service)", after.err().strip());
        assertEquals("", atlas.run("-c", "atlas:layers").err(), "said once, not at every start");
    }

    /** The stress dataset as the next run shows it; that run must come back (see {@link Crashes#recover}). */
    private static Optional<JsonObject> stress(AtlasCommandLine atlas) throws IOException, InterruptedException {
        Crashes.Recovery recovery = Crashes.recover(atlas);
        Optional<JsonObject> stress = recovery.dataset(ID);
        stress.ifPresent(d -> assertTrue(recovery.line().isEmpty() || recovery.line().contains(ID + " " + d.get("version").getAsString()),
                "the recovered dataset is named (seed " + SEED + "): " + recovery.line()));
        return stress;
    }

    private static void assertWhole(JsonObject dataset, String when) {
        String version = dataset.get("version").getAsString();
        int expected = "1.0.0".equals(version) ? ENTRIES : "2.0.0".equals(version) ? ENTRIES + 1 : -1;
        assertEquals(expected, dataset.get("entries").getAsInt(), when + ": version " + version + " is not whole: " + dataset);
        assertEquals(0, dataset.get("pending").getAsInt(), when + ": " + dataset);
    }

    private static String describe(Optional<JsonObject> dataset) {
        return dataset.map(d -> "version " + d.get("version").getAsString() + " with " + d.get("entries").getAsInt()
                + " entries").orElse("absent");
    }
}
