package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The atlas in the real framework with the built bundles: the default map, and layers that come
 * and go at run time. Each test boots its own framework, so none sees another's changes.
 */
class AtlasIT {

    private static final String MIDDLE = "org.chainatlas.layer-middle";
    private static final String BASE = "org.chainatlas.layer-base";

    @TempDir
    Path folder;

    private OsgiHarness atlas;

    @BeforeEach
    void start() throws Exception {
        atlas = OsgiHarness.start(folder);
    }

    @AfterEach
    void stop() {
        atlas.close();
    }

    @Test
    void theDefaultMapHasTheSeedsFigures() throws Exception {
        JsonObject stats = atlas.json("atlas:stats --json").getAsJsonObject();
        assertEquals(35, stats.get("named").getAsInt());

        JsonObject base = layer(stats, "base");
        assertEquals(12, base.get("reported").getAsInt());
        assertEquals(7, base.get("named").getAsInt());

        JsonObject middle = layer(stats, "middle");
        assertEquals(265, middle.get("reported").getAsInt());
        assertEquals(0, middle.get("named").getAsInt());
        assertEquals(231, reported(middle, "solution"));
        assertEquals(20, reported(middle, "baas"));
        assertEquals(14, reported(middle, "tech-support"));

        JsonObject service = layer(stats, "service");
        assertEquals(List.of(2L, 12L, 13L, 4L, 16L, 12L, 11L), topLevelFigures(service));
    }

    @Test
    void uninstallingALayerRemovesItsBandAndReinstallingBringsItBack() throws Exception {
        assertEquals(4, layerIds().size());

        atlas.bundle(MIDDLE).uninstall();
        List<String> withoutMiddle = layerIds();
        assertEquals(3, withoutMiddle.size(), withoutMiddle.toString());
        assertFalse(withoutMiddle.contains("middle"));

        atlas.installFromDistribution(MIDDLE);
        assertEquals(List.of("base", "middle", "application", "service"), layerIds());
    }

    @Test
    void entriesOfAStoppedLayerWaitAndAttachWhenItReturns() throws Exception {
        Bundle base = atlas.bundle(BASE);
        base.stop();

        JsonObject dataset = dataset("yrd-2022");
        assertEquals(7, dataset.get("pending").getAsInt(), dataset.toString());

        OsgiHarness.Result list = atlas.run("atlas:list --layer base");
        assertNotEquals(0, list.status());
        assertTrue(list.err().contains("middle, application, service"), list.err());
        assertEquals(1, list.err().lines().count(), list.err());

        base.start();
        assertEquals(0, dataset("yrd-2022").get("pending").getAsInt());
        assertEquals(7, atlas.json("atlas:list --layer base --json").getAsJsonArray().size());
        assertEquals(5, atlas.json("atlas:list --layer base --open-source --json").getAsJsonArray().size());
    }

    private List<String> layerIds() throws LaunchException {
        JsonArray layers = atlas.json("atlas:layers --json").getAsJsonArray();
        return stream(layers).map(l -> l.getAsJsonObject().get("id").getAsString()).toList();
    }

    private JsonObject dataset(String id) throws LaunchException {
        JsonArray datasets = atlas.json("atlas:datasets --json").getAsJsonArray();
        return stream(datasets).map(JsonElement::getAsJsonObject)
                .filter(d -> id.equals(d.get("id").getAsString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("atlas:datasets --json has no dataset " + id + ": " + datasets));
    }

    private static JsonObject layer(JsonObject stats, String id) {
        return stream(stats.getAsJsonArray("layers")).map(JsonElement::getAsJsonObject)
                .filter(l -> id.equals(l.get("id").getAsString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("atlas:stats --json has no layer " + id));
    }

    private static int reported(JsonObject layer, String category) {
        return stream(layer.getAsJsonArray("categories")).map(JsonElement::getAsJsonObject)
                .filter(c -> category.equals(c.get("id").getAsString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no category " + category + " in " + layer.get("id")))
                .get("reported").getAsInt();
    }

    /** The reported figure of each top-level category, in the layer's order. */
    private static List<Long> topLevelFigures(JsonObject layer) {
        return stream(layer.getAsJsonArray("categories")).map(JsonElement::getAsJsonObject)
                .filter(c -> c.get("depth").getAsInt() == 0)
                .map(c -> c.get("reported").getAsLong())
                .toList();
    }

    private static java.util.stream.Stream<JsonElement> stream(JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
