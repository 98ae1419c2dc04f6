package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/atlas -c "atlas:import …"} on the fictional landscape the distribution ships under
 * examples/ (docs/datasets.md, "Import a landscape"): the dataset it writes installs, and its
 * entries list with their links; bad landscape input is one sentence on stderr.
 */
class LandscapeImportE2EIT {

    @TempDir
    static Path folder;

    private static AtlasCommandLine atlas;

    @BeforeAll
    static void copyDistribution() throws Exception {
        atlas = AtlasCommandLine.copyTo(folder);
    }

    @Test
    void anImportedLandscapeInstallsAndListsWithItsLinks() throws Exception {
        Path home = atlas.home();
        AtlasCommandLine.Run imported = atlas.runIn(home, "-c", "atlas:import examples/example-landscape.yml"
                + " --mapping examples/example-landscape-mapping.json --out example-landscape.json");
        assertEquals(0, imported.status(), imported.err() + atlas.log());
        assertEquals(List.of("imported 4 items of examples/example-landscape.yml as dataset example-landscape 1.0.0:"
                + " 4 entries in 3 layers, written to example-landscape.json; install it with atlas:install example-landscape.json"),
                imported.out().lines().toList());

        AtlasCommandLine.Run installed = atlas.runIn(home, "-c", "atlas:install example-landscape.json");
        assertEquals(0, installed.status(), installed.err());
        assertEquals("+ dataset example-landscape 1.0.0: 4 entries in 3 layers", installed.out().lines().findFirst().orElse(""));

        AtlasCommandLine.Run listed = atlas.runIn(home, "-c", "atlas:list --dataset example-landscape --json");
        assertEquals(0, listed.status(), listed.err());
        JsonArray entries = JsonParser.parseString(listed.out()).getAsJsonArray();
        assertEquals(List.of("examplechain", "demoledger", "tracewise", "chain-weekly-fictional"), ids(entries));
        JsonObject examplechain = entries.get(0).getAsJsonObject();
        assertEquals(List.of("https://examplechain.example.org", "https://git.example.org/examplechain/examplechain",
                "https://examplechain.example.org/blog"), strings(examplechain.getAsJsonArray("links")));
        assertEquals("Example Foundation (fictional)", examplechain.getAsJsonObject("organisation").get("en").getAsString());
        JsonObject tracewise = entries.get(2).getAsJsonObject();
        assertEquals(List.of("traceability", "finance"), strings(tracewise.getAsJsonObject("categories").getAsJsonArray("domain")),
                "an item and its second_path are one entry in both categories");
    }

    @Test
    void validatingALandscapeSaysToImportIt() throws Exception {
        AtlasCommandLine.Run run = atlas.runIn(atlas.home(), "-c", "atlas:validate examples/example-landscape.yml");
        assertNotEquals(0, run.status());
        assertEquals(List.of("examples/example-landscape.yml: this is a landscape file (YAML), not a dataset; turn it into one with"
                + " atlas:import example-landscape.yml --mapping MAP.json --out DATASET.json (help atlas:import)"),
                run.out().lines().filter(l -> !l.contains("errors,") && !l.contains("error,")).toList());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void badLandscapeInputIsOneSentenceOnStderr() throws Exception {
        Path home = atlas.home();
        AtlasCommandLine.Run unmapped = atlas.runIn(home, "-c", "atlas:import examples/example-landscape.yml --out x.json");
        assertOneSentence(unmapped);
        assertTrue(unmapped.err().contains("\"Platforms / Open-source chains\", \"Platforms / Closed-source chains\", \"Services / Media\","
                + " \"Applications / Traceability\", \"Applications / Finance\""), unmapped.err());
        assertFalse(Files.exists(home.resolve("x.json")));

        Files.writeString(home.resolve("broken.yml"), "landscape:\n  - category:\n    name: [unclosed\n");
        AtlasCommandLine.Run broken = atlas.runIn(home, "-c", "atlas:import broken.yml --out x.json");
        assertOneSentence(broken);
        assertTrue(broken.err().startsWith("broken.yml:4:1: invalid YAML: "), broken.err());
    }

    private static void assertOneSentence(AtlasCommandLine.Run run) {
        assertNotEquals(0, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    private static List<String> ids(JsonArray entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array) {
            out.add(e.getAsString());
        }
        return out;
    }
}
