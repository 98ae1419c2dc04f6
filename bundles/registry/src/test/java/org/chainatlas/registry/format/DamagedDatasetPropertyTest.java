package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.SeedFiles;
import org.chainatlas.registry.assembly.AtlasAssembler;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.assembly.Snapshot;

/**
 * Thousands of randomly damaged variants of the real dataset, at the byte level and the JSON
 * level: the validator never throws, and what it accepts goes into the atlas whole or not at all.
 */
class DamagedDatasetPropertyTest {
    private static final byte[] SEED = SeedFiles.dataset();
    private static final String SYNTAX = "{}[],:\"\\ 0a-";
    private static final String SEED_TEXT = new String(SEED, StandardCharsets.UTF_8);

    @Property(tries = 2000)
    void byteDamageNeverEscapesAsAnException(@ForAll long seed) throws Exception {
        check(damageBytes(new Random(seed)));
    }

    @Property(tries = 2000)
    void structuralDamageNeverEscapesAsAnException(@ForAll long seed) throws Exception {
        JsonObject tree = JsonParser.parseString(SEED_TEXT).getAsJsonObject();
        Random random = new Random(seed);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            damage(tree, random);
        }
        check(tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void check(byte[] bytes) throws Exception {
        List<Layer> layers = MalformedCorpusTest.layers();
        Validation v = DatasetValidator.validate("damaged.json", bytes, layers);
        assertTrue(v.ok() == (v.errors() == 0));
        v.problems().forEach(p -> assertTrue(!p.message().isBlank() && p.toString().lines().count() == 1, p.toString()));
        if (!v.ok()) {
            return;
        }
        List<OfLayer> contributions = new ArrayList<>();
        for (Layer layer : layers) {
            contributions.add(new OfLayer(layer, "layer", contributions.size()));
        }
        Snapshot atlas = AtlasAssembler.assemble(1, contributions, List.of(new OfDataset(v.document(), "b", 99)), List.of());
        int named = v.document().entries().size();
        assertEquals(named, atlas.entries().size() + atlas.pending().size(), "every entry is attached or pending");
        assertEquals(named, atlas.datasets().get(0).entries());
        assertEquals(atlas.entries().size(), atlas.statistics(null).named(), "statistics count what is listed");
    }

    private static byte[] damageBytes(Random random) {
        byte[] bytes = SEED.clone();
        int position = random.nextInt(bytes.length);
        return switch (random.nextInt(4)) {
            case 0 -> java.util.Arrays.copyOf(bytes, position); // truncated
            case 1 -> { bytes[position] = (byte) random.nextInt(256); yield bytes; }
            case 2 -> { bytes[position] = (byte) SYNTAX.charAt(random.nextInt(SYNTAX.length())); yield bytes; }
            default -> {
                byte[] shorter = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, shorter, 0, position);
                System.arraycopy(bytes, position + 1, shorter, position, bytes.length - position - 1);
                yield shorter;
            }
        };
    }

    /** Removes, retypes or duplicates one random member or element somewhere in the tree. */
    private static void damage(JsonElement element, Random random) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            List<String> keys = new ArrayList<>(object.keySet());
            if (keys.isEmpty()) {
                return;
            }
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(key);
                case 1 -> object.add(key, junk(random));
                default -> damage(object.get(key), random);
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            if (array.isEmpty()) {
                return;
            }
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(index);
                case 1 -> array.add(array.get(index).deepCopy());
                default -> damage(array.get(index), random);
            }
        }
    }

    private static JsonElement junk(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextInt(2000) - 1000);
            case 2 -> new JsonPrimitive("");
            case 3 -> new JsonPrimitive("<script>alert(1)</script>");
            case 4 -> new JsonArray();
            case 5 -> new JsonObject();
            default -> new JsonPrimitive(random.nextBoolean());
        };
    }
}
