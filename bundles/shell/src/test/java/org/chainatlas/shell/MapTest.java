package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * atlas:map on the real seed data, as a user sees it. The expected diagrams are files under
 * src/test/resources/golden; run with -Dgolden.update=true to rewrite them after a deliberate
 * change, then read them before committing.
 */
class MapTest {

    private static final String[] NONE = {};
    private static final AtlasSnapshot SEED = SeedAtlas.snapshot();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger snapshots = new AtomicInteger();
    private Map<String, String> environment = Map.of();

    private final MapCommands commands = new MapCommands(() -> {
        snapshots.incrementAndGet();
        return SEED;
    }, Lang.ZH, () -> new PrintStream(printed, true, UTF_8), name -> environment.get(name));

    @AfterEach
    void oneSnapshotPerCommand() {
        assertTrue(snapshots.get() <= 1, snapshots.get() + " snapshots taken by one command");
    }

    // --- the diagram

    @ParameterizedTest
    @CsvSource({"zh, 80", "en, 80", "zh, 120", "en, 120"})
    void theSeedMapIsDrawnAsTheGoldenFileShowsIt(String lang, int width) throws IOException {
        commands.map(null, "--width", String.valueOf(width), "--lang", lang);
        String name = "golden/map-" + lang + "-" + width + ".txt";
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources").resolve(name);
            Files.writeString(file, output(), UTF_8);
        }
        assertEquals(golden(name), output(), name);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 41, 57, 80, 99, 120, 173, 400})
    void noLineIsWiderThanAskedAndEveryFramedLineIsExactlyThatWide(int width) {
        for (String lang : List.of("zh", "en")) {
            printed.reset();
            snapshots.set(0);
            commands.map(null, "--width", String.valueOf(width), "--lang", lang);
            for (String line : lines()) {
                int columns = DisplayWidth.of(line);
                assertTrue(columns <= width, lang + " " + width + ": " + columns + " columns: " + line);
                if (line.startsWith("│") || line.startsWith("├") || line.startsWith("┌") || line.startsWith("└")) {
                    assertEquals(width, columns, lang + " " + width + ": " + line);
                }
            }
        }
    }

    @Test
    void layersAreStackedTopFirstWithTheirNamesRoleAndFigures() {
        commands.map(null, "--width", "80", "--lang", "zh");
        List<String> tops = lines().stream().filter(l -> l.startsWith("┌")).toList();
        assertEquals(List.of("┌─ 服务层 (Service layer) — 延展层 ─", "┌─ 应用层 (Application layer) — 核心层 ─",
                "┌─ 中间层 (Middle layer) — 连接层 ─", "┌─ 底层 (Base layer) — 基础层 ─"),
                tops.stream().map(l -> l.substring(0, l.lastIndexOf(' ') + 2)).toList());
        assertTrue(lines().contains(framed("报告数 12 · 已命名 7 · 覆盖率 58.3%", 80)), output());
        assertTrue(lines().contains(framed("报告数 Σ 70 · 已命名 28 · 覆盖率 40.0%", 80)), "Σ where only parts are reported");
        assertEquals("4 层 · 已命名条目 35 个 · Σ 为各类别报告数之和", last());
    }

    @Test
    void narrowCellsWrapNamesWithoutLosingOrCuttingACharacter() {
        commands.map(null, "--width", "40", "--lang", "en");
        // At 40 columns the categories go one under the other: the cells' text read in order holds every name whole.
        String text = lines().stream().map(l -> l.replaceAll("[│├┤┌┐└┘┬┴┼─·]", " ").strip())
                .collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
        for (Entry entry : SEED.entries()) {
            assertTrue(text.contains(entry.name().en().replaceAll("[·]", " ").replaceAll("\\s+", " ")),
                    entry.name().en() + " in " + text);
        }
    }

    @Test
    void chineseNamesWrapBetweenCharactersAndKeepBracketsWithTheirText() {
        commands.map(null, "--width", "40", "--lang", "zh");
        String all = lines().stream().map(l -> l.replaceAll("[│\\s]", "")).collect(Collectors.joining());
        for (Entry entry : SEED.entries()) {
            assertTrue(all.contains(entry.name().zh().replaceAll("\\s", "")), entry.name().zh());
        }
        assertFalse(lines().stream().anyMatch(l -> l.matches("│\\s+[）、，。].*")), "no line starts with closing punctuation");
    }

    @Test
    void placeFiguresAreListedUnderTheirCategory() {
        commands.map(null, "--width", "120", "--lang", "en");
        List<String> lines = lines();
        int parks = indexOf(lines, "│ Industrial parks ");
        assertTrue(lines.get(parks + 1).startsWith("│ reported 16 · named 0 "), lines.get(parks + 1));
        assertTrue(lines.get(parks + 2).startsWith("│ of which Zhejiang 9 "), lines.get(parks + 2));
        assertTrue(lines.get(parks + 3).startsWith("│          Shanghai 4 "), lines.get(parks + 3));
        assertTrue(lines.get(parks + 4).startsWith("│          Jiangsu 3 "), lines.get(parks + 4));
    }

    // --- narrowing

    @Test
    void layerNarrowsToOneBand() {
        commands.map(null, "--layer", "base", "--width", "80", "--lang", "en");
        assertEquals(1, lines().stream().filter(l -> l.startsWith("┌")).count());
        assertTrue(output().contains("┌─ Base layer (底层) — Foundation ─"));
        assertEquals("1 layer · 7 named entries", last());
    }

    @Test
    void regionNarrowsToItsDatasets() {
        commands.map(null, "--region", "yrd", "--width", "80", "--lang", "en");
        assertTrue(lines().get(0).contains("Yangtze River Delta industrial blockchain ecosystem map (2022)"));
        assertEquals("4 layers · 35 named entries · Σ: sum of the category figures", last());
    }

    @Test
    void anUnknownLayerOrRegionIsTheSnapshotsSentence() {
        // The sentences are the registry's: the shell passes them on unchanged.
        AtlasException layer = assertThrows(AtlasException.class, () -> commands.map(null, "--layer", "midle", "--width", "80", "--lang", "en"));
        assertTrue(layer.getMessage().startsWith("no layer 'midle'"), layer.getMessage());
        reset();
        AtlasException region = assertThrows(AtlasException.class, () -> commands.map(null, "--region", "mars", "--width", "80", "--lang", "en"));
        assertTrue(region.getMessage().startsWith("no region 'mars'; regions: "), region.getMessage());
        assertEquals("", output());
    }

    @Test
    void entriesInNoCategoryAndLayersWithoutFacetsStillShow() {
        Layer bare = new Layer("bare", 500, Text.of("示例层", "Example layer"), null, null, List.of());
        Entry loose = Fixture.entry("loose", "base", Text.of("未分类平台", "Loose platform"), Map.of(), null, List.of());
        FakeSnapshot fixture = Fixture.snapshot(List.of(loose));
        FakeSnapshot snapshot = new FakeSnapshot(List.of(Fixture.BASE, Fixture.SERVICE, bare), fixture.entries(),
                fixture.places(), fixture.datasets(), fixture.problems(), fixture.pending(), fixture.statistics());
        List<String> lines = new MapRenderer(Lang.EN, 60).render(ArchitectureMap.of(snapshot));
        assertTrue(lines.get(1).startsWith("┌─ Example layer (示例层) ─"), lines.get(1));
        assertEquals(framed("named 0", 60), lines.get(2));
        assertTrue(lines.get(3).startsWith("└"), "a layer without facets is its header alone");
        int unclassified = lines.indexOf(framed("Unclassified", 60));
        assertTrue(unclassified > 0, String.join("\n", lines));
        assertEquals(framed("· Loose platform", 60), lines.get(unclassified + 1));
    }

    @Test
    void aMapOfTwoDatasetsIsTitledWithBoth() {
        List<String> lines = new MapRenderer(Lang.EN, 80).render(ArchitectureMap.of(Exampleton.atlas()));
        assertEquals("Exampleton industrial blockchain ecosystem (fictional) + Yangtze River Delta", lines.get(0).strip());
        assertEquals("industrial blockchain ecosystem map (2022)", lines.get(1).strip());
        assertEquals("4 layers · 40 named entries · Σ: sum of the category figures", lines.get(lines.size() - 1));
    }

    // --- width

    @ParameterizedTest
    @ValueSource(strings = {"39", "401", "wide", "-80", "8O"})
    void aWidthOutsideTheRangeIsOneSentence(String width) {
        AtlasException e = assertThrows(AtlasException.class, () -> commands.map(null, "--width", width));
        assertEquals("--width takes a number of columns from 40 to 400, got '" + width + "'", e.getMessage());
    }

    @Test
    void theWidthDefaultsToTheTerminalsThenColumnsThen100() {
        environment = Map.of("COLUMNS", "90");
        commands.map(session(Map.of(".terminal", new FakeTerminal(132))), "--lang", "en");
        assertEquals(132, widest());
        reset();
        commands.map(session(Map.of(".terminal", new FakeTerminal(0), "COLUMNS", 77)), "--lang", "en");
        assertEquals(77, widest(), "a dumb terminal (width 0) does not count");
        reset();
        commands.map(session(Map.of()), "--lang", "en");
        assertEquals(90, widest(), "the COLUMNS environment variable");
        reset();
        environment = Map.of();
        commands.map(null, "--lang", "en");
        assertEquals(100, widest());
        reset();
        commands.map(session(Map.of("COLUMNS", "20")), "--lang", "en");
        assertEquals(40, widest(), "a terminal narrower than 40 gets the narrowest map");
    }

    // --- JSON

    @Test
    void jsonHasTheSameStructureTopLayerFirst() {
        commands.map(null, "--json");
        JsonObject map = JsonParser.parseString(output()).getAsJsonObject();
        assertEquals("[\"yrd-2022\"]", map.get("datasets").toString());
        assertEquals(35, map.get("named").getAsInt());
        JsonArray layers = map.getAsJsonArray("layers");
        assertEquals(List.of("service", "application", "middle", "base"),
                layers.asList().stream().map(l -> l.getAsJsonObject().get("id").getAsString()).toList());
        JsonObject service = layers.get(0).getAsJsonObject();
        assertTrue(service.get("reported").isJsonNull());
        assertEquals(70, service.get("sumOfParts").getAsInt());
        assertEquals(28, service.get("named").getAsInt());
        assertEquals(0.4, service.get("coverage").getAsDouble(), 1e-9);
        JsonObject park = category(service, "aspect", "park");
        assertEquals(16, park.get("reported").getAsInt());
        assertEquals(0, park.get("named").getAsInt());
        assertEquals("330000", park.getAsJsonArray("places").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(9, park.getAsJsonArray("places").get(0).getAsJsonObject().get("reported").getAsInt());
        JsonObject media = category(service, "aspect", "media");
        assertEquals(11, media.getAsJsonArray("entries").size());
        JsonObject xinhua = media.getAsJsonArray("entries").get(0).getAsJsonObject();
        assertEquals("yrd-2022/xinhuanet", xinhua.get("qualifiedId").getAsString());
        assertEquals("新华网", xinhua.getAsJsonObject("name").get("zh").getAsString());
        JsonObject middle = layers.get(2).getAsJsonObject();
        JsonObject support = category(middle, "function", "tech-support");
        assertEquals(14, support.get("reported").getAsInt());
        assertEquals(5.0, support.get("reportedShare").getAsDouble());
        assertEquals(List.of("cloud", "smart-contract", "data-service", "information-security", "e-signature"),
                support.getAsJsonArray("children").asList().stream()
                        .map(c -> c.getAsJsonObject().get("id").getAsString()).toList());
        JsonObject base = layers.get(3).getAsJsonObject();
        assertEquals(12, base.get("reported").getAsInt());
        assertEquals(5, category(base, "openness", "open-source").getAsJsonArray("entries").size());
        assertEquals(0, base.getAsJsonArray("unclassified").size());
    }

    @Test
    void anUnknownOptionNamesTheValidOnes() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> commands.map(null, "--widht", "90", "--lang", "en"));
        assertEquals("unknown option '--widht' for atlas:map; did you mean --width? options: --region, --layer, --width, --json, --lang",
                e.getMessage());
    }

    // --- helpers

    /** A stand-in for JLine's Terminal: atlas:map finds getWidth() reflectively. */
    public static final class FakeTerminal {
        private final int width;

        FakeTerminal(int width) {
            this.width = width;
        }

        public int getWidth() {
            return width;
        }
    }

    private static CommandSession session(Map<String, Object> variables) {
        return (CommandSession) Proxy.newProxyInstance(MapTest.class.getClassLoader(), new Class<?>[] {CommandSession.class},
                (proxy, method, args) -> "get".equals(method.getName()) ? variables.get((String) args[0]) : null);
    }

    private static JsonObject category(JsonObject layer, String facet, String id) {
        return layer.getAsJsonArray("facets").asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("id").getAsString().equals(facet))
                .flatMap(f -> f.getAsJsonArray("categories").asList().stream().map(c -> c.getAsJsonObject()))
                .filter(c -> c.get("id").getAsString().equals(id)).findFirst().orElseThrow();
    }

    private static String golden(String name) throws IOException {
        Path file = Path.of("src/test/resources").resolve(name);
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true to write it");
        }
        return Files.readString(file, UTF_8);
    }

    private static String framed(String text, int width) {
        return "│ " + DisplayWidth.pad(text, width - 4, false) + " │";
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private int widest() {
        return lines().stream().mapToInt(DisplayWidth::of).max().orElse(0);
    }

    private void reset() {
        oneSnapshotPerCommand();
        snapshots.set(0);
        printed.reset();
    }

    private String output() {
        return printed.toString(UTF_8);
    }

    private List<String> lines() {
        return output().lines().toList();
    }

    private String last() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }
}
