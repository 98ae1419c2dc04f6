package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas:diff} and the "+N −N ~N" of an update's message, through {@code bin/atlas -c} in a
 * private copy of the distribution. The changed versions are fictional: the seed with a made-up
 * entry, the shipped example's next release, synthetic stress datasets.
 */
class DiffE2EIT {

    /** The seed dataset as its bundle ships it, from this module. */
    private static final Path SEED_JSON = Path.of("../bundles/dataset-yrd-2022/src/main/resources/OSGI-INF/chainatlas/dataset.json")
            .toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    private static AtlasCommandLine atlas;

    @BeforeAll
    static void copyDistribution() throws Exception {
        atlas = AtlasCommandLine.copyTo(folder.resolve("atlas"));
    }

    @Test
    void theInstalledSeedAgainstAFictionalUpdateOfItsFile() throws Exception {
        JsonObject update = JsonParser.parseString(Files.readString(SEED_JSON, StandardCharsets.UTF_8)).getAsJsonObject();
        update.addProperty("version", "1.0.1-fictional");
        JsonObject entry = new JsonObject();
        entry.addProperty("id", "fictional-chain");
        entry.addProperty("layer", "base");
        entry.add("name", TestData.text("示例新链（虚构）", "Example New Chain (fictional)"));
        JsonObject categories = new JsonObject();
        categories.addProperty("openness", "open-source");
        entry.add("categories", categories);
        update.getAsJsonArray("entries").add(entry);
        Path file = TestData.write(folder.resolve("yrd-2022-fictional.json"), update);

        AtlasCommandLine.Run run = succeeds("-c", "atlas:diff yrd-2022 " + file);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("Entries: +1 −0 ~0"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\+ +fictional-chain +Example New Chain \\(fictional\\)")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("version +1\\.0\\.0 +1\\.0\\.1-fictional")), run.out());
        assertFalse(run.out().contains("Figures:"), "no figure changed, yet:\n" + run.out());

        AtlasCommandLine.Run zh = succeeds("-c", "atlas:diff yrd-2022 " + file + " --lang zh");
        assertTrue(zh.out().lines().anyMatch(l -> l.equals("条目：+1 −0 ~0")), zh.out());
    }

    @Test
    void twoFilesAsJsonForScripts() throws Exception {
        Path v2 = TestData.write(folder.resolve("example-1.1.0.json"), TestData.exampleV2());
        AtlasCommandLine.Run run = succeeds("-c", "atlas:diff " + TestData.EXAMPLE_JSON + " " + v2 + " --json");
        JsonObject diff = JsonParser.parseString(run.out()).getAsJsonObject();
        assertFalse(diff.get("identical").getAsBoolean());
        assertEquals("1.0.0", diff.getAsJsonObject("a").get("version").getAsString());
        assertEquals("1.1.0", diff.getAsJsonObject("b").get("version").getAsString());
        JsonObject entries = diff.getAsJsonObject("entries");
        JsonArray added = entries.getAsJsonArray("added");
        assertEquals(1, added.size(), run.out());
        assertEquals("example-chain-b", added.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(0, entries.getAsJsonArray("removed").size());
        assertEquals(0, entries.getAsJsonArray("changed").size());

        AtlasCommandLine.Run same = succeeds("-c", "atlas:diff " + TestData.EXAMPLE_JSON + " " + TestData.EXAMPLE_JSON);
        assertEquals(1, same.out().lines().count(), same.out());
        assertTrue(same.out().contains("hold the same data"), same.out());
    }

    @Test
    void anUnknownDatasetIsOneSentenceNamingTheInstalledOnes() throws Exception {
        AtlasCommandLine.Run run = atlas.run("-c", "atlas:diff yrd-2022 yrd-2023");
        assertNotEquals(0, run.status());
        assertEquals(List.of("no installed dataset or file 'yrd-2023'; installed datasets: yrd-2022;"
                + " or give a dataset .json or .jar file"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void anUpdateInstalledFromTheCommandLineSaysWhatItAddedRemovedAndChanged() throws Exception {
        AtlasCommandLine copy = AtlasCommandLine.copyTo(folder.resolve("update"));
        JsonObject v1 = TestData.synthetic("stress", "1.0.0", 10);
        JsonObject v2 = TestData.synthetic("stress", "1.0.1", 12); // synthetic-10 and -11 added
        JsonArray entries = v2.getAsJsonArray("entries");
        entries.remove(0); // synthetic-0 removed
        entries.add(entry(entries, "synthetic-12")); // and a third added
        rename(entries, "synthetic-1");
        rename(entries, "synthetic-2");
        Path a = TestData.write(folder.resolve("stress-1.0.0.json"), v1);
        Path b = TestData.write(folder.resolve("stress-1.0.1.json"), v2);

        AtlasCommandLine.Run run = copy.run("-c", "atlas:install " + a + "; atlas:install " + b);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.equals("~ dataset stress 1.0.0 → 1.0.1: 12 entries (+3 −1 ~2) in 4 layers")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.equals("+ dataset stress 1.0.0: 10 entries in 4 layers")), run.out());
    }

    /** A copy of the last entry under another id. */
    private static JsonObject entry(JsonArray entries, String id) {
        JsonObject copy = entries.get(entries.size() - 1).getAsJsonObject().deepCopy();
        copy.addProperty("id", id);
        return copy;
    }

    private static void rename(JsonArray entries, String id) {
        for (var e : entries) {
            JsonObject entry = e.getAsJsonObject();
            if (entry.get("id").getAsString().equals(id)) {
                entry.add("name", TestData.text("改名 " + id + "（合成）", "Renamed " + id + " (synthetic)"));
            }
        }
    }

    private static AtlasCommandLine.Run succeeds(String... args) throws Exception {
        AtlasCommandLine.Run run = atlas.run(args);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return run;
    }
}
