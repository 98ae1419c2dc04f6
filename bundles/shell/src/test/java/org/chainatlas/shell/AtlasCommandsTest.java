package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

/** The commands as a user sees them, against a small in-test snapshot. */
class AtlasCommandsTest {

    private static final String[] NONE = {};

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger snapshots = new AtomicInteger();
    private FakeSnapshot snapshot = Fixture.snapshot();

    private AtlasCommands commands(Lang defaultLang) {
        return new AtlasCommands(() -> {
            snapshots.incrementAndGet();
            return snapshot;
        }, defaultLang, () -> new PrintStream(printed, true, UTF_8));
    }

    private final AtlasCommands en = commands(Lang.EN);
    private final AtlasCommands zh = commands(Lang.ZH);

    @AfterEach
    void everyCommandAnswersFromOneSnapshot() {
        assertTrue(snapshots.get() <= 1, snapshots.get() + " snapshots taken by one command");
    }

    // --- atlas:layers

    @Test
    void layersListBottomFirstWithADashWhereNothingIsReported() {
        en.layers();
        List<String> lines = lines();
        assertEquals(List.of("rank", "id", "name", "role", "named", "reported"), words(lines.get(0)));
        assertTrue(lines.get(2).matches("\\s*100  base\\s+base layer \\(底层\\)\\s+foundation\\s+3\\s+12"), lines.get(2));
        assertTrue(lines.get(3).matches("\\s*400  service\\s+service layer \\(服务层\\)\\s+extension\\s+1\\s+—"), lines.get(3));
    }

    @Test
    void layersAsJsonAreBottomFirst() {
        en.layers("--json");
        JsonArray layers = json().getAsJsonArray();
        assertEquals(List.of("base", "service"), ids(layers, "id"));
        assertTrue(layers.get(1).getAsJsonObject().get("reported").isJsonNull());
    }

    @Test
    void chineseIsTheDefaultWhereConfigured() {
        zh.layers();
        assertTrue(lines().get(0).startsWith("序位"), lines().get(0));
        assertTrue(output().contains("底层 (base layer)"));
    }

    @Test
    void langOptionOverridesTheDefault() {
        zh.layers("--lang", "en");
        assertTrue(lines().get(0).startsWith("rank"));
    }

    // --- atlas:list

    @Test
    void openSourceListsOnlyOpenSourceEntries() {
        en.list("--open-source");
        assertEquals(List.of("hyperledger", "fisco-bcos"), firstColumn());
        assertEquals("2 entries", last());
    }

    @Test
    void closedSourceListsOnlyClosedSourceEntries() {
        en.list("--closed-source");
        assertEquals(List.of("ant-chain"), firstColumn());
        assertTrue(lines().get(2).contains("Ant Chain"));
        assertTrue(lines().get(2).contains("not yet open source"));
        assertTrue(lines().get(2).contains("Ant Group"));
        assertTrue(lines().get(2).contains("Zhejiang"));
    }

    @Test
    void openAndClosedSourceTogetherIsOneSentence() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> en.list("--open-source", "--closed-source"));
        assertEquals("--open-source and --closed-source exclude each other; give one of them, or neither to list both",
                e.getMessage());
        assertEquals("", output());
    }

    @Test
    void filtersByLayerCategoryAndPlace() {
        en.list("--layer", "service");
        assertEquals(List.of("cflp-blockchain"), firstColumn());
        reset();
        en.list("--category", "aspect:parks");
        assertEquals(List.of("cflp-blockchain"), firstColumn());
        reset();
        en.list("--place", "330000");
        assertEquals(List.of("ant-chain"), firstColumn());
    }

    @Test
    void listShowsAPageAndSaysHowToSeeTheRestWithTheSameFilters() {
        en.list("--json");
        int all = json().getAsJsonArray().size();
        assertTrue(all >= 3, "the fixture needs three entries for this test, has " + all);
        reset();
        en.list("--limit", "2");
        List<String> lines = lines();
        assertEquals(6, lines.size(), "header, rule, two entries, count, what to do: " + lines);
        assertEquals("2 entries", lines.get(4));
        assertEquals("only the first 2 are shown and there are more; to see all: atlas:list --all,"
                + " or narrow it with --category, --place or --dataset", last());
        reset();
        zh.list("--layer", "base", "--open-source", "--limit", "1");
        assertEquals("只显示前 1 条，还有更多；全部显示：atlas:list --all --layer base --open-source，"
                + "或用 --category、--place、--dataset 缩小范围", last());
        reset();
        en.list("--category", "openness:open-source, open-source", "--limit", "1");
        assertEquals("only the first 1 are shown and there are more; to see all: atlas:list --all"
                + " --category \"openness:open-source, open-source\", or narrow it with --category, --place or --dataset", last(),
                "a value with a space is quoted, so that the command can be typed again as shown");
        reset();
        en.list("--all");
        assertEquals(all + " entries", last());
        reset();
        en.list("--limit", "1", "--json");
        assertEquals(1, json().getAsJsonArray().size(), "--limit applies to --json too");
        assertEquals("atlas:list takes --limit or --all, not both", assertThrows(AtlasException.class,
                () -> en.list("--limit", "5", "--all")).getMessage());
    }

    @Test
    void severalCategoriesMustAllMatch() {
        en.list("--category", "aspect:associations, aspect:parks");
        assertEquals(List.of("cflp-blockchain"), firstColumn());
        reset();
        en.list("--category", "associations", "--open-source");
        assertEquals("0 entries", last());
    }

    @Test
    void unknownLayerPropagatesTheSnapshotsSentence() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> en.list("--layer", "midle"));
        assertEquals("no layer 'midle'; layers: base, service", e.getMessage());
    }

    @Test
    void unknownLanguageIsOneSentence() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> en.list("--lang", "fr"));
        assertEquals("no language 'fr'; languages: zh, en", e.getMessage());
    }

    @Test
    void unknownOptionNamesTheValidOnes() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> en.list("--jsn"));
        assertEquals("unknown option '--jsn' for atlas:list; did you mean --json? options: --layer, --category, --place, --dataset,"
                + " --region, --open-source, --closed-source, --limit, --all, --wide, --no-pager, --json, --lang", e.getMessage());
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> en.list("--layer", "base", "--layer", "service"));
        assertEquals("atlas:list takes --layer only once", e.getMessage());
    }

    @Test
    void listAsJsonGivesEveryEntry() {
        en.list("--json");
        JsonArray entries = json().getAsJsonArray();
        assertEquals(List.of("yrd-2022/hyperledger", "yrd-2022/fisco-bcos", "yrd-2022/ant-chain",
                "yrd-2022/cflp-blockchain"), ids(entries, "qualifiedId"));
    }

    @Test
    void anIdUsedByTwoDatasetsIsShownQualified() {
        Entry other = new Entry("other", "hyperledger", "base", Text.of("超级账本", "Hyperledger"), null, null, null,
                null, null, null, null);
        snapshot = Fixture.snapshot(List.of(other));
        en.list("--layer", "base");
        assertTrue(firstColumn().containsAll(List.of("yrd-2022/hyperledger", "other/hyperledger", "fisco-bcos")),
                firstColumn().toString());
    }

    @Test
    void chineseListJoinsWithTheEnumerationComma() {
        zh.list("--layer", "service");
        assertTrue(lines().get(2).contains("行业协会、产业园"), lines().get(2));
        assertTrue(lines().get(2).contains("静安区、上海市"), lines().get(2));
        assertEquals("共 1 条", last());
    }

    // --- atlas:show

    @Test
    void showPrintsTheCard() {
        zh.show("ant-chain");
        List<String> lines = lines();
        assertEquals("编号      yrd-2022/ant-chain", lines.get(0));
        assertTrue(lines.contains("中文名    蚂蚁链"), lines.toString());
        assertTrue(lines.contains("英文名    Ant Chain"));
        assertTrue(lines.contains("层        底层 [base]"));
        assertTrue(lines.contains("开放性    暂时未开源 [openness:closed-source]"));
        assertTrue(lines.contains("机构      蚂蚁集团 (Ant Group)"));
        assertTrue(lines.contains("地区      浙江省 330000"));
        assertTrue(lines.contains("来源      产业区块链生态架构图"));
        assertTrue(lines.contains("来源日期  2022-10-29"));
        assertTrue(lines.contains("来源网址  https://example.org/seed"));
        assertTrue(lines.contains("出处说明  见第二节"));
        assertFalse(output().contains("备注"), "no note, no line");
    }

    @Test
    void showAsJsonCarriesProvenance() {
        en.show("--json", "yrd-2022/fisco-bcos");
        JsonObject card = json().getAsJsonObject();
        assertEquals("fisco-bcos", card.get("id").getAsString());
        assertEquals("seed", card.getAsJsonObject("provenance").getAsJsonObject("source").get("id").getAsString());
    }

    @Test
    void showNeedsExactlyOneId() {
        assertEquals("atlas:show takes one entry id, got 0; atlas:list and atlas:search show the ids",
                assertThrows(AtlasException.class, () -> en.show()).getMessage());
        assertEquals("atlas:show takes one entry id, got 2; atlas:list and atlas:search show the ids",
                assertThrows(AtlasException.class, () -> en.show("a", "b")).getMessage());
        assertEquals("unknown option '--jsno' for atlas:show; did you mean --json? options: --no-pager, --json, --lang",
                assertThrows(AtlasException.class, () -> en.show("--jsno", "a")).getMessage());
    }

    @Test
    void showOfAnUnknownIdPropagatesTheSnapshotsSentence() {
        assertEquals("no entry 'nope'; atlas:search finds entries",
                assertThrows(AtlasException.class, () -> en.show("nope")).getMessage());
    }

    // --- atlas:search

    @Test
    void searchFindsByChineseNameAndCounts() {
        en.search("蚂蚁");
        assertEquals(List.of("ant-chain"), firstColumn());
        assertEquals("1 entry", last());
        reset();
        zh.search("蚂蚁");
        assertEquals("共 1 条", last());
    }

    @Test
    void searchJoinsSeveralWordsIntoOnePhrase() {
        en.search("--json", "fisco", "bcos");
        assertEquals(List.of("fisco-bcos"), ids(json().getAsJsonArray(), "id"));
    }

    @Test
    void searchShowsAPageAndSaysHowToSeeTheRest() {
        // "chain" is in ant-chain and cflp-blockchain at least
        en.search("--json", "chain");
        int all = json().getAsJsonArray().size();
        assertTrue(all >= 2, "the fixture needs two matches for this test, has " + all);
        reset();
        en.search("--limit", "1", "chain");
        List<String> lines = lines();
        assertEquals(5, lines.size(), "header, rule, one entry, count, what to do: " + lines);
        assertEquals("1 entry", lines.get(3));
        assertEquals("only the first 1 are shown and there are more; to see all: atlas:search --all chain,"
                + " or search for a longer text", last());
        reset();
        en.search("--all", "chain");
        assertEquals(all, firstColumn().size());
        assertEquals(all + " entries", last());
        reset();
        en.search("--limit", "1", "--json", "chain");
        assertEquals(1, json().getAsJsonArray().size(), "--limit applies to --json too");
    }

    @Test
    void searchRefusesANegativeLimitOrLimitWithAll() {
        assertEquals("--limit takes a whole number of 1 or more, got '-1'",
                assertThrows(AtlasException.class, () -> en.search("--limit", "-1", "chain")).getMessage());
        assertEquals("atlas:search takes --limit or --all, not both",
                assertThrows(AtlasException.class, () -> en.search("--limit", "5", "--all", "chain")).getMessage());
    }

    @Test
    void searchNeedsAText() {
        assertEquals("atlas:search needs a text to look for, e.g. atlas:search 区块链",
                assertThrows(AtlasException.class, () -> en.search()).getMessage());
    }

    // --- atlas:stats

    @Test
    void statsShowLayersCategoriesPlacesChecksAndTotals() {
        en.stats();
        List<String> lines = lines();
        assertTrue(lines.contains("base layer (底层) [base] — reported 12 · named 3 · coverage 25.0%"), lines.toString());
        assertTrue(lines.contains("service layer (服务层) [service] — reported — (sum of parts 28) · named 1 · coverage —"));
        assertTrue(lines.contains("  ✓ aspects add up to 28"));
        String associations = find(lines, "industry associations");
        assertTrue(associations.matches("\\s{4}industry associations\\s+12\\s+1\\s+8\\.3%\\s+50%\\s+42\\.9%"
                + "  ✗ printed share 50% differs from computed 42.9%"), associations);
        assertTrue(find(lines, "industrial parks").endsWith("57.1%  ✓"));
        assertTrue(find(lines, "Zhejiang").matches("\\s{6}Zhejiang\\s+9\\s+0\\s+0\\.0%"), find(lines, "Zhejiang"));
        int parks = lines.indexOf(find(lines, "industrial parks"));
        assertEquals(List.of("Zhejiang", "Shanghai", "Jiangsu"),
                lines.subList(parks + 1, parks + 4).stream().map(l -> words(l).get(0)).toList());
        assertEquals("4 named entries, 1 pending", lines.get(lines.size() - 2));
        assertEquals("1 dataset or layer failed to load; see atlas:datasets.", last());
    }

    @Test
    void statsLeaveTheCheckEmptyWhereNothingWasChecked() {
        en.stats("--layer", "base");
        assertTrue(find(lines(), "open-source platforms").endsWith("—"), find(lines(), "open-source platforms"));
        assertFalse(output().contains("service layer"));
    }

    @Test
    void statsInChinese() {
        zh.stats();
        assertTrue(output().contains("底层 (base layer) [base] — 报告数 12 · 已命名 3 · 覆盖率 25.0%"));
        assertTrue(output().contains("已命名条目 4 个，待定 1 个"));
        assertEquals("有 1 个数据集或层加载失败，详见 atlas:datasets。", last());
    }

    @Test
    void statsAsJson() {
        en.stats("--layer", "service", "--json");
        JsonObject stats = json().getAsJsonObject();
        assertEquals(List.of("service"), ids(stats.getAsJsonArray("layers"), "id"));
        assertEquals(4, stats.get("named").getAsInt());
    }

    // --- atlas:datasets

    @Test
    void datasetsShowPendingReasonsAndLoadProblems() {
        en.datasets();
        List<String> lines = lines();
        assertEquals(List.of("id", "version", "title", "region", "bundle", "entries", "pending"), words(lines.get(0)));
        assertTrue(lines.get(2).matches("yrd-2022  1\\.0\\.0\\s+YRD 2022  Yangtze River Delta"
                + "  org\\.chainatlas\\.dataset\\.yrd-2022\\s+5\\s+1"), lines.get(2));
        assertEquals("    - layer 'middle' is not installed", lines.get(3));
        assertTrue(lines.contains("Load problems:"));
        assertTrue(find(lines, "org.example.broken").matches("org\\.example\\.broken  data/broken\\.json"
                + "  line 3: 'id' must be a string"));
    }

    @Test
    void datasetsAsJson() {
        en.datasets("--json");
        assertEquals(List.of("yrd-2022"), ids(json().getAsJsonArray(), "id"));
    }

    // --- atlas:places

    @Test
    void placesIndentChildrenUnderParents() {
        zh.places();
        List<String> lines = lines();
        assertEquals(List.of("编号", "GB/T", "2260", "名称", "级别", "条目"), words(lines.get(0)));
        assertEquals(List.of("yrd", "  shanghai", "    jingan", "  zhejiang", "  jiangsu"),
                lines.subList(2, 7).stream().map(l -> l.substring(0, l.indexOf(' ', l.indexOf(l.strip())))).toList());
        assertTrue(lines.get(4).matches("    jingan\\s+310106\\s+静安区\\s+区县级\\s+1"), lines.get(4));
        assertTrue(lines.get(2).matches("yrd\\s+长三角\\s+区域\\s+2"), lines.get(2));
    }

    @Test
    void placesAsJson() {
        en.places("--json");
        assertEquals(List.of("yrd", "shanghai", "jingan", "zhejiang", "jiangsu"), ids(json().getAsJsonArray(), "id"));
    }

    // --- configuration

    @Test
    void theComponentReadsItsDefaultLanguageFromTheFramework() {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> "getProperty".equals(method.getName()) && "chainatlas.lang".equals(args[0])
                        ? "zh" : null);
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(printed, true, UTF_8));
            new AtlasCommands(() -> snapshot, context).layers();
        } finally {
            System.setOut(original);
        }
        assertTrue(lines().get(0).startsWith("序位"), lines().get(0));
    }

    // --- helpers

    private String output() {
        return printed.toString(UTF_8);
    }

    /** Ready for the next command of the same test. */
    private void reset() {
        everyCommandAnswersFromOneSnapshot();
        snapshots.set(0);
        printed.reset();
    }

    private List<String> lines() {
        return output().lines().toList();
    }

    private String last() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    /** The first column of a table's rows (after header and separator, before the count). */
    private List<String> firstColumn() {
        List<String> lines = lines();
        return lines.subList(2, lines.size() - 1).stream().map(l -> words(l).get(0)).toList();
    }

    private JsonElement json() {
        return JsonParser.parseString(output());
    }

    private static List<String> words(String line) {
        return Arrays.asList(line.strip().split("\\s+"));
    }

    private static String find(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    private static List<String> ids(JsonArray array, String key) {
        return array.asList().stream().map(e -> e.getAsJsonObject().get(key).getAsString()).toList();
    }
}
