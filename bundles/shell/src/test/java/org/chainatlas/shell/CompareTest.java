package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** atlas:compare between the seed and the fictional Exampleton, as a user sees it. */
class CompareTest {

    private static final AtlasSnapshot ATLAS = Exampleton.atlas();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger snapshots = new AtomicInteger();
    private final MapCommands commands = new MapCommands(() -> {
        snapshots.incrementAndGet();
        return ATLAS;
    }, Lang.EN, () -> new PrintStream(printed, true, UTF_8), name -> null);

    @AfterEach
    void oneSnapshotPerCommand() {
        assertTrue(snapshots.get() <= 1, snapshots.get() + " snapshots taken by one command");
    }

    @Test
    void namesWhatEachSideSelected() {
        commands.compare("yrd-2022", "exampleton");
        List<String> lines = lines();
        assertTrue(lines.get(0).matches("A  yrd-2022 {22}Yangtze River Delta industrial blockchain ecosystem map \\(2022\\)"),
                lines.get(0));
        assertTrue(lines.get(1).matches("B  exampleton → exampleton-2030  Exampleton industrial blockchain ecosystem \\(fictional\\)"),
                lines.get(1));
    }

    @Test
    void layersAndTopLevelCategoriesSideBySideWithTheDifference() {
        commands.compare("yrd-2022", "exampleton");
        List<String> lines = lines();
        int header = lines.indexOf(find(lines, "layer / category"));
        assertTrue(lines.get(header - 1).matches(" {41}A {26}B {26}difference B - A"), lines.get(header - 1));
        assertEquals(List.of("layer", "/", "category", "reported", "named", "coverage", "reported", "named", "coverage",
                "reported", "named", "coverage", "(pp)"), words(lines.get(header)));
        assertEquals(List.of("12", "7", "58.3%", "3", "2", "66.7%", "-9", "-5", "+8.3"), numbers(find(lines, "Base layer (底层)")));
        assertEquals(List.of("—", "5", "—", "—", "2", "—", "—", "-3", "—"), numbers(find(lines, "    Open-source platforms")));
        assertEquals(List.of("Σ 70", "28", "40.0%", "Σ 8", "3", "37.5%", "-62", "-25", "-2.5"),
                numbers(find(lines, "Service layer (服务层)")));
        assertEquals(List.of("2", "2", "100.0%", "1", "1", "100.0%", "-1", "-1", "0.0"),
                numbers(find(lines, "    Infrastructure services")));
        assertEquals(List.of("16", "0", "0.0%", "—", "0", "—", "—", "0", "—"), numbers(find(lines, "    Industrial parks")));
        assertTrue(lines.contains("  Horizontal domain"), "facet rows group the categories");
        assertTrue(lines.indexOf(find(lines, "Base layer")) < lines.indexOf(find(lines, "Service layer")), "bottom first, as atlas:stats");
    }

    @Test
    void organisationsInBothAreMatchedByKeyOrByNormalisedName() {
        commands.compare("yrd-2022", "exampleton");
        List<String> lines = lines();
        int title = lines.indexOf("Organisations in both (2):");
        assertTrue(title > 0, lines.toString());
        assertEquals(List.of("name", "A", "B", "matched", "by"), words(lines.get(title + 1)));
        assertTrue(lines.get(title + 3).matches("Huawei blockchain engine\\s+yrd-2022/huawei-blockchain-engine"
                + "\\s+exampleton-2030/huawei-engine\\s+name"), lines.get(title + 3));
        assertTrue(lines.get(title + 4).matches("Blockchain-based Service Network \\(BSN\\)\\s+yrd-2022/bsn"
                + "\\s+exampleton-2030/exampleton-chain-hub\\s+organisation key"), lines.get(title + 4));
        assertEquals(title + 5, lines.size(), "the namesake with another key is a different organisation");
    }

    @Test
    void inChinese() {
        commands.compare("--lang", "zh", "yrd-2022", "exampleton");
        List<String> lines = lines();
        assertEquals(List.of("层", "/", "类别", "报告数", "已命名", "覆盖率", "报告数", "已命名", "覆盖率", "报告数", "已命名",
                "覆盖率(百分点)"), words(find(lines, "层 / 类别")));
        assertEquals(List.of("12", "7", "58.3%", "3", "2", "66.7%", "-9", "-5", "+8.3"), numbers(find(lines, "底层 (Base layer)")));
        assertTrue(lines.contains("两地都有的机构（2）："), lines.toString());
        assertTrue(find(lines, "区块链服务网络（BSN）").endsWith("机构代码"));
    }

    @Test
    void asJson() {
        commands.compare("--json", "yrd-2022", "exampleton");
        JsonObject json = JsonParser.parseString(printed.toString(UTF_8)).getAsJsonObject();
        assertEquals("exampleton", json.getAsJsonObject("b").get("region").getAsString());
        assertEquals("[\"exampleton-2030\"]", json.getAsJsonObject("b").get("datasets").toString());
        JsonArray layers = json.getAsJsonArray("layers");
        assertEquals(List.of("base", "middle", "application", "service"),
                layers.asList().stream().map(l -> l.getAsJsonObject().get("id").getAsString()).toList());
        JsonObject base = layers.get(0).getAsJsonObject();
        assertEquals(12, base.getAsJsonObject("a").get("reported").getAsInt());
        assertEquals(3, base.getAsJsonObject("b").get("reported").getAsInt());
        assertEquals(-9, base.getAsJsonObject("difference").get("reported").getAsInt());
        assertEquals(-5, base.getAsJsonObject("difference").get("named").getAsInt());
        assertEquals(2.0 / 3 - 7.0 / 12, base.getAsJsonObject("difference").get("coverage").getAsDouble(), 1e-9);
        JsonObject service = layers.get(3).getAsJsonObject();
        assertTrue(service.getAsJsonObject("a").get("reported").isJsonNull());
        assertEquals(70, service.getAsJsonObject("a").get("sumOfParts").getAsInt());
        JsonObject media = service.getAsJsonArray("categories").get(6).getAsJsonObject();
        assertEquals("media", media.get("id").getAsString());
        assertEquals(-10, media.getAsJsonObject("difference").get("named").getAsInt());
        JsonArray organisations = json.getAsJsonArray("organisations");
        assertEquals(2, organisations.size());
        JsonObject bsn = organisations.get(1).getAsJsonObject();
        assertEquals("yrd-2022/bsn", bsn.get("a").getAsString());
        assertEquals("exampleton-2030/exampleton-chain-hub", bsn.get("b").getAsString());
        assertEquals("organisationKey", bsn.get("matchedBy").getAsString());
        assertEquals("name", organisations.get(0).getAsJsonObject().get("matchedBy").getAsString());
    }

    @Test
    void aRegionComparedWithItselfIsOneSentence() {
        assertEquals("atlas:compare needs two different regions, got 'yrd-2022' twice; atlas:datasets lists the regions",
                assertThrows(AtlasException.class, () -> commands.compare("yrd-2022", "YRD-2022")).getMessage());
    }

    @Test
    void twoRegionsThatSelectTheSameDatasetsAreOneSentence() {
        assertEquals("'yrd' and 'yrd-2022' both select dataset yrd-2022; give two regions with different datasets",
                assertThrows(AtlasException.class, () -> commands.compare("yrd", "yrd-2022")).getMessage());
    }

    @Test
    void needsExactlyTwoRegionsAndNoUnknownOption() {
        assertEquals("atlas:compare takes two regions, got 1, e.g. atlas:compare yrd example-illustrative; atlas:datasets lists the regions",
                assertThrows(AtlasException.class, () -> commands.compare("yrd-2022")).getMessage());
        assertEquals("unknown option '--lnag' for atlas:compare; did you mean --lang? options: --json, --lang",
                assertThrows(AtlasException.class, () -> commands.compare("a", "--lnag")).getMessage());
    }

    @Test
    void anUnknownRegionIsTheSnapshotsSentence() {
        AtlasException e = assertThrows(AtlasException.class, () -> commands.compare("yrd-2022", "mars"));
        // The sentence is the registry's: the shell passes it on unchanged.
        assertTrue(e.getMessage().startsWith("no region 'mars'; regions: "), e.getMessage());
        assertTrue(e.getMessage().contains("yrd-2022") && e.getMessage().contains("exampleton-2030"), e.getMessage());
        assertEquals("", printed.toString(UTF_8));
    }

    private List<String> lines() {
        return printed.toString(UTF_8).lines().toList();
    }

    private static List<String> words(String line) {
        return List.of(line.strip().split("\\s+"));
    }

    /** The number cells of a row: the text after the name, split on runs of two or more spaces. */
    private static List<String> numbers(String line) {
        String[] cells = line.strip().split("\\s{2,}");
        return List.of(cells).subList(1, cells.length);
    }

    private static String find(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
