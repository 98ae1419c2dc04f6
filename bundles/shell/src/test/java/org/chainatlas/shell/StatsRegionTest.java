package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;

/** atlas:stats --region on the real seed beside the fictional Exampleton. */
class StatsRegionTest {

    private static final String[] NONE = {};

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtlasCommands commands = new AtlasCommands(Exampleton::atlas, Lang.EN,
            () -> new PrintStream(printed, true, UTF_8));

    @Test
    void regionNarrowsTheFiguresToItsDatasets() {
        commands.stats("--region", "exampleton");
        List<String> lines = lines();
        assertTrue(lines.contains("Base layer (底层) [base] — reported 3 · named 2 · coverage 66.7%"), lines.toString());
        assertTrue(lines.contains("Service layer (服务层) [service] — reported — (sum of parts 8) · named 3 · coverage —"));
        assertEquals("5 named entries, 0 pending", lines.get(lines.size() - 1));
    }

    @Test
    void placeFiguresAreListedUnderTheirCategory() {
        commands.stats("--region", "yrd-2022", "--layer", "service", "--lang", "zh");
        List<String> lines = lines();
        int parks = lines.indexOf(find(lines, "    产业园"));
        assertTrue(lines.get(parks).matches("\\s{4}产业园\\s+16\\s+0\\s+0\\.0%\\s+—\\s+—\\s+✓"), lines.get(parks));
        assertTrue(lines.get(parks + 1).matches("\\s{6}浙江省\\s+9\\s+0\\s+0\\.0%"), lines.get(parks + 1));
        assertTrue(lines.get(parks + 2).matches("\\s{6}上海市\\s+4\\s+0\\s+0\\.0%"), lines.get(parks + 2));
        assertTrue(lines.get(parks + 3).matches("\\s{6}江苏省\\s+3\\s+0\\s+0\\.0%"), lines.get(parks + 3));
        assertFalse(printed.toString(UTF_8).contains("底层"), "only the service layer");
    }

    @Test
    void theJsonContractOfOneRegionIsTheWholesLessThePerRegionFigures() {
        commands.stats("--json");
        JsonElement whole = JsonParser.parseString(printed.toString(UTF_8));
        printed.reset();
        commands.stats("--region", "yrd", "--json");
        JsonElement region = JsonParser.parseString(printed.toString(UTF_8));
        Set<String> perRegion = new TreeSet<>(keys(whole, ""));
        perRegion.removeAll(keys(region, ""));
        assertTrue(perRegion.stream().allMatch(k -> k.startsWith(".regions") || k.contains(".regions")
                || k.endsWith(".unreported") || k.contains(".unreported.")), "only per-region keys are added: " + perRegion);
        assertTrue(perRegion.contains(".layers[].regions[].reported"), perRegion.toString());
        assertTrue(keys(whole, "").containsAll(keys(region, "")));
        assertEquals(40, whole.getAsJsonObject().get("named").getAsInt());
        assertEquals(35, region.getAsJsonObject().get("named").getAsInt());
    }

    @Test
    void anUnknownRegionIsTheSnapshotsSentence() {
        AtlasException e = assertThrows(AtlasException.class, () -> commands.stats("--region", "atlantis"));
        assertTrue(e.getMessage().startsWith("no region 'atlantis'; regions: "), e.getMessage());
        assertEquals("unknown option '--regoin' for atlas:stats; did you mean --region? options: --region, --layer, --wide, --no-pager, --json, --lang",
                assertThrows(AtlasException.class, () -> commands.stats("--regoin"))
                        .getMessage());
    }

    /** Every key path of a JSON tree, arrays collapsed to [] so that lengths do not matter. */
    private static Set<String> keys(JsonElement json, String path) {
        Set<String> keys = new TreeSet<>();
        if (json.isJsonObject()) {
            for (var member : json.getAsJsonObject().entrySet()) {
                keys.add(path + "." + member.getKey());
                keys.addAll(keys(member.getValue(), path + "." + member.getKey()));
            }
        } else if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(item -> keys.addAll(keys(item, path + "[]")));
        }
        return keys;
    }

    private List<String> lines() {
        return printed.toString(UTF_8).lines().toList();
    }

    private static String find(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
