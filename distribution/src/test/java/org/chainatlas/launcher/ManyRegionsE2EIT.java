package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second region installed through bin/atlas and looked at the way an analyst would, command by command. */
class ManyRegionsE2EIT {

    @TempDir
    Path folder;

    @Test
    void aSecondRegionIsShownBesideTheSeedAndNeverMixedWithIt() throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Path north = TestData.write(folder.resolve("north.json"), TestData.region("north", 25, 3,
                new Object[] {"base", null, null, 30}, new Object[] {"base", "openness", "open-source", 28}));
        AtlasCommandLine.Run installed = atlas.run("-c", "atlas:install " + north);
        assertEquals(0, installed.status(), installed.err());

        String layers = ok(atlas, "atlas:layers");
        assertTrue(layers.lines().anyMatch(l -> l.matches(" 100  base .* 32 +42")), "both regions report the base layer:\n" + layers);
        assertTrue(layers.lines().anyMatch(l -> l.matches(".*· north land \\(synthetic\\) \\[north-land\\] +25 +30")), layers);

        String stats = ok(atlas, "atlas:stats --layer base");
        assertTrue(stats.contains("coverage 76.2%"), stats);
        assertFalse(stats.contains("✗"), "no check fails because of the other region:\n" + stats);

        String map = ok(atlas, "atlas:map --width 100");
        assertTrue(map.contains("· Yangtze River Delta: reported 12 named 7 coverage 58.3%"), map);
        assertTrue(map.contains("Interoperability (synthetic)"), "the contributed category is drawn under its parent:\n" + map);

        assertEquals(28, JsonParser.parseString(ok(atlas, "atlas:list --region north --json")).getAsJsonArray().size());
        assertEquals(0, JsonParser.parseString(ok(atlas, "atlas:search 蚂蚁 --region north --json")).getAsJsonArray().size());
        assertEquals(1, JsonParser.parseString(ok(atlas, "atlas:search 蚂蚁 --region yrd --json")).getAsJsonArray().size());

        Path page = folder.resolve("north.html");
        ok(atlas, "atlas:export --format html --region north --out " + page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("north blockchain map (synthetic)"), "a one-region page has its dataset's title");
        assertFalse(html.contains("Ant Chain"), "and none of the other region's entries");
        Path both = folder.resolve("both.html");
        ok(atlas, "atlas:export --format html --out " + both);
        assertTrue(Files.readString(both, StandardCharsets.UTF_8).contains(
                "<h1>Industrial blockchain ecosystem map: north land (synthetic), Yangtze River Delta</h1>"));

        assertEquals("north (dataset north 1.0.0) and " + north + " (dataset north 1.0.0) hold the same data",
                ok(atlas, "atlas:diff north " + north).strip(), "the installed region and its file, contributed category included");
    }

    private static String ok(AtlasCommandLine atlas, String line) throws Exception {
        AtlasCommandLine.Run run = atlas.run("-c", line);
        assertEquals(0, run.status(), line + ": " + run.err());
        return run.out();
    }
}
