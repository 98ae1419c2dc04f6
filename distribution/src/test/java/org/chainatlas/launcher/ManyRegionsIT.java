package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several regions in one running atlas (the real framework and bundles): the seed beside synthetic
 * regions surveyed otherwise, one with figures and a category of its own, one with no figures at
 * all. No region's figure is read against another region's entries.
 */
class ManyRegionsIT {

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

    /** 25 open-source platforms of 30 reported (28 open source), 3 bridges of 10 middle-layer organisations. */
    private Path north() throws Exception {
        return TestData.write(folder.resolve("north.json"), TestData.region("north", 25, 3,
                new Object[] {"base", null, null, 30}, new Object[] {"base", "openness", "open-source", 28},
                new Object[] {"middle", null, null, 10}));
    }

    /** 5 open-source platforms and not one figure. */
    private Path south() throws Exception {
        return TestData.write(folder.resolve("south.json"), TestData.region("south", 5, 0));
    }

    @Test
    void twoRegionsAddUpWhereBothReportAndNoCheckFailsBecauseOfTheOther() throws Exception {
        String seedOnly = atlas.out("atlas:stats --json");
        atlas.out("atlas:install " + north());
        JsonObject stats = atlas.json("atlas:stats --json").getAsJsonObject();
        assertEquals(List.of("north-land", "yrd"), ids(stats.getAsJsonArray("regions"), "id"));
        JsonObject base = layer(stats, "base");
        assertEquals(42, base.get("reported").getAsLong(), "30 + 12: both regions report the base layer");
        assertEquals(32, base.get("named").getAsInt());
        assertEveryCoverageAtMostOneAndEveryCheckConsistent(stats);
        assertEachRegionsRowIsThatRegionAlone(stats);

        atlas.out("atlas:uninstall north");
        assertEquals(seedOnly, atlas.out("atlas:stats --json"), "with one region again, the statistics are as before");
    }

    @Test
    void threeRegionsOneWithoutFiguresShowNoTotalWhereASilentRegionNamesEntries() throws Exception {
        atlas.out("atlas:install " + north());
        atlas.out("atlas:install " + south());
        JsonObject stats = atlas.json("atlas:stats --json").getAsJsonObject();
        assertEquals(3, stats.getAsJsonArray("regions").size());
        JsonObject base = layer(stats, "base");
        assertTrue(base.get("reported").isJsonNull(), "south names base platforms and reports none: " + base);
        assertTrue(base.getAsJsonObject("unreported").get("en").getAsString().contains("south land (synthetic) names 5"),
                base.toString());
        assertEquals(275, layer(stats, "middle").get("reported").getAsLong(),
                "north reports 10 and the seed 265; south names no middle-layer entry, so it takes nothing from the total");
        assertEveryCoverageAtMostOneAndEveryCheckConsistent(stats);
        assertEachRegionsRowIsThatRegionAlone(stats);

        JsonArray layers = atlas.json("atlas:layers --json").getAsJsonArray();
        JsonObject baseLayer = layers.get(0).getAsJsonObject();
        assertEquals(3, baseLayer.getAsJsonArray("regions").size());
        assertTrue(baseLayer.get("reported").isJsonNull());

        String map = atlas.out("atlas:map --layer base --width 100");
        assertFalse(map.matches("(?s).*coverage [1-9]\\d{2,}\\.\\d%.*"), "no coverage above 100%: " + map);
        assertTrue(map.contains("· south land (synthetic): named 5"), map);
    }

    @Test
    void aContributedCategorySitsUnderItsParentInListingsAndStatistics() throws Exception {
        atlas.out("atlas:install " + north());
        assertEquals(3, atlas.json("atlas:list --category interoperability --json").getAsJsonArray().size());
        assertEquals(3, atlas.json("atlas:list --category solution --json").getAsJsonArray().size(),
                "a contributed category's entries are listed under its parent");
        JsonObject middle = layer(atlas.json("atlas:stats --json").getAsJsonObject(), "middle");
        JsonArray categories = middle.getAsJsonArray("categories");
        JsonObject solution = categories.get(0).getAsJsonObject();
        JsonObject interoperability = categories.get(1).getAsJsonObject();
        assertEquals("solution", solution.get("id").getAsString());
        assertEquals(3, solution.get("named").getAsInt());
        assertEquals("interoperability", interoperability.get("id").getAsString());
        assertEquals(1, interoperability.get("depth").getAsInt());
        assertEquals("north", interoperability.get("contributedBy").getAsString());
        String stats = atlas.out("atlas:stats --layer middle");
        assertTrue(stats.contains("    Interoperability (synthetic)"), stats);
    }

    @Test
    void regionNarrowsEveryListingAndAPlaceInsideARegionSaysWhatToGive() throws Exception {
        atlas.out("atlas:install " + north());
        assertEquals(28, atlas.json("atlas:list --region north-land --json").getAsJsonArray().size());
        assertEquals(28, atlas.json("atlas:list --region north --json").getAsJsonArray().size(), "a dataset id works too");
        assertEquals(35, atlas.json("atlas:list --region 长三角 --json").getAsJsonArray().size(), "and a place's name");
        assertEquals(0, atlas.json("atlas:search platform --region yrd --json").getAsJsonArray().size());
        assertEquals(25, atlas.json("atlas:search platform --region north --json").getAsJsonArray().size());
        assertEquals(30, atlas.json("atlas:layers --region north --json").getAsJsonArray().get(0).getAsJsonObject()
                .get("reported").getAsInt(), "the base layer of north alone");
        String error = atlas.fails("atlas:list --region 310000");
        assertTrue(error.startsWith("'310000' (Shanghai (上海市)) is a place within region yrd"), error);
        assertTrue(error.contains("filter by place with --place 310000"), error);
        String unknown = atlas.fails("atlas:stats --region atlantis");
        assertTrue(unknown.startsWith("no region 'atlantis'; regions: north-land ("), unknown);
    }

    @Test
    void placesAreSharedGroundAndTheBuiltInOnesCannotBeRedefined() throws Exception {
        String before = atlas.state();
        JsonObject hijack = TestData.region("aaa-first", 1, 0);
        JsonObject shanghai = new JsonObject();
        shanghai.addProperty("id", "310000");
        shanghai.add("name", TestData.text("不是上海（合成）", "Not Shanghai (synthetic)"));
        shanghai.addProperty("code", "310000");
        hijack.getAsJsonArray("places").add(shanghai);
        String refusal = atlas.fails("atlas:install " + TestData.write(folder.resolve("aaa-first.json"), hijack));
        assertTrue(refusal.contains("$.places[1]: place '310000' is 上海市 (Shanghai) (code 310000, within yrd) in dataset"
                + " yrd-2022, but 不是上海（合成） (Not Shanghai (synthetic)) (code 310000) here; a place id has one meaning in"
                + " the atlas: define it as yrd-2022 does, or give yours another id"), refusal);
        assertEquals(before, atlas.state());

        JsonObject same = TestData.region("sharing", 1, 0);
        JsonObject yrd = new JsonObject();
        yrd.addProperty("id", "yrd");
        yrd.add("name", TestData.text("长三角", "Yangtze River Delta"));
        same.getAsJsonArray("places").add(yrd);
        atlas.out("atlas:install " + TestData.write(folder.resolve("sharing.json"), same));
        assertEquals("长三角", atlas.json("atlas:places --json").getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("name").get("zh").getAsString(), "a place reused with the same meaning is welcome");
    }

    private void assertEachRegionsRowIsThatRegionAlone(JsonObject stats) throws Exception {
        for (JsonElement region : stats.getAsJsonArray("regions")) {
            String id = region.getAsJsonObject().get("id").getAsString();
            JsonObject alone = atlas.json("atlas:stats --json --region " + id).getAsJsonObject();
            for (JsonElement l : alone.getAsJsonArray("layers")) {
                JsonObject layerAlone = l.getAsJsonObject();
                for (JsonElement row : layer(stats, layerAlone.get("id").getAsString()).getAsJsonArray("regions")) {
                    JsonObject r = row.getAsJsonObject();
                    if (r.get("region").getAsString().equals(id)) {
                        assertEquals(layerAlone.get("reported"), r.get("reported"), id + " " + layerAlone.get("id"));
                        assertEquals(layerAlone.get("named"), r.get("named"), id + " " + layerAlone.get("id"));
                    }
                }
            }
        }
    }

    private static void assertEveryCoverageAtMostOneAndEveryCheckConsistent(JsonObject stats) {
        List<String> wrong = new ArrayList<>();
        for (JsonElement l : stats.getAsJsonArray("layers")) {
            JsonObject layer = l.getAsJsonObject();
            check(layer, layer.get("id").getAsString(), wrong);
            for (JsonElement c : layer.getAsJsonArray("categories")) {
                check(c.getAsJsonObject(), layer.get("id").getAsString() + "/" + c.getAsJsonObject().get("id").getAsString(), wrong);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(JsonObject stats, String where, List<String> wrong) {
        if (!stats.get("coverage").isJsonNull() && stats.get("coverage").getAsDouble() > 1.0) {
            wrong.add(where + " coverage " + stats.get("coverage"));
        }
        for (JsonElement check : stats.getAsJsonArray("checks")) {
            if (!check.getAsJsonObject().get("consistent").getAsBoolean()) {
                wrong.add(where + ": " + check.getAsJsonObject().getAsJsonObject("message").get("en").getAsString());
            }
        }
    }

    private static JsonObject layer(JsonObject stats, String id) {
        for (JsonElement l : stats.getAsJsonArray("layers")) {
            if (l.getAsJsonObject().get("id").getAsString().equals(id)) {
                return l.getAsJsonObject();
            }
        }
        throw new AssertionError("no layer " + id + " in " + stats);
    }

    private static List<String> ids(JsonArray array, String key) {
        List<String> ids = new ArrayList<>();
        array.forEach(e -> ids.add(e.getAsJsonObject().get(key).getAsString()));
        return ids;
    }
}
