package org.chainatlas.launcher;

import static org.chainatlas.launcher.TestData.EXAMPLE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight users read the atlas, each in a Gogo session of its own, while a ninth installs, updates
 * and removes the example dataset and the example layer. No command may fail, and each output must
 * be one whole state of the atlas: everything asserted about an output is provable from that
 * output alone (and the few states the writer can produce), never by comparing two outputs taken
 * at different moments. Bounded by rounds, not by time.
 */
class ConcurrencyIT {

    private static final int READERS = 8;
    private static final int WRITER_ROUNDS = 30;
    /** A reader stops when the writer is done, or after this many rounds, whichever comes first. */
    private static final int MAX_READER_ROUNDS = 400;

    private static final Set<String> V1 = Set.of("example-chain-a", "example-baas", "example-contract-audit",
            "example-traceability", "example-park");
    private static final String SANDBOX = "example-sandbox";
    private static final String CHAIN_B = "example-chain-b";
    /** The example's entries a reader may see at once: none, or one whole version, with its sandbox only if 'regulation' is there. */
    private static final Set<Set<String>> EXAMPLE_STATES = Set.of(Set.of(), V1, plus(V1, SANDBOX), plus(V1, CHAIN_B),
            plus(plus(V1, CHAIN_B), SANDBOX));
    /** (named, pending) of the whole atlas in each state: no example (35,0); v1 (40,1) or with the layer (41,0); v2 (41,1) or (42,0). */
    private static final Set<List<Integer>> STATS_STATES = Set.of(List.of(35, 0), List.of(40, 1), List.of(41, 0),
            List.of(41, 1), List.of(42, 0));

    @TempDir
    Path folder;

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Test
    void readersSeeWholeStatesWhileAWriterInstallsUpdatesAndRemoves() throws Exception {
        Path v2 = TestData.write(folder.resolve("example-1.1.0.json"), TestData.exampleV2());
        try (OsgiHarness atlas = OsgiHarness.start(folder.resolve("framework"))) {
            // The state the writer ends in, taken once before the run, and the seed's search results.
            Set<String> seedSearch = ids(atlas.json("atlas:search 链 --json"), "yrd-2022");
            assertTrue(!seedSearch.isEmpty(), "the seed has no entry named with 链");
            atlas.out("atlas:install " + TestData.EXAMPLE_JSON);
            atlas.out("atlas:install " + TestData.LAYER_JAR);
            String expectedEnd = atlas.state();
            atlas.out("atlas:uninstall " + TestData.LAYER_JAR_NAME);
            atlas.out("atlas:uninstall " + EXAMPLE_ID);

            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                Path csv = folder.resolve("reader-" + r + ".csv");
                readers.add(pool.submit(() -> read(atlas, csv, seedSearch, writing)));
            }
            Future<?> writer = pool.submit(() -> {
                try {
                    write(atlas, v2);
                } finally {
                    writing.set(false);
                }
                return null;
            });
            writer.get(120, TimeUnit.SECONDS);
            List<Integer> rounds = new ArrayList<>();
            for (Future<Integer> reader : readers) {
                rounds.add(reader.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();

            System.out.println("ConcurrencyIT: reader rounds " + rounds + "; distinct (layers, named, pending) seen in"
                    + " stats: " + new TreeSet<>(seen));
            assertEquals(List.of(), List.copyOf(failures), failures.size() + " problems:\n"
                    + failures.stream().limit(20).collect(Collectors.joining("\n")));
            assertTrue(rounds.stream().allMatch(n -> n > 0), "a reader never ran: " + rounds);
            assertEquals(expectedEnd, atlas.state(), "after the writer's last step the atlas is not in the state it leads to");
        }
    }

    /** Installs v1, adds the layer, updates to v2, removes the layer and the dataset; at the end v1 with the layer. */
    private void write(OsgiHarness atlas, Path v2) throws Exception {
        try (OsgiHarness.Session session = atlas.session()) {
            for (int round = 0; round < WRITER_ROUNDS; round++) {
                step(session, "atlas:install " + TestData.EXAMPLE_JSON, "+ dataset example-illustrative 1.0.0");
                step(session, "atlas:install " + TestData.LAYER_JAR, "+ layer regulation");
                step(session, "atlas:install " + v2, "~ dataset example-illustrative 1.0.0 → 1.1.0");
                step(session, "atlas:uninstall " + TestData.LAYER_JAR_NAME, "- layer regulation");
                step(session, "atlas:uninstall " + EXAMPLE_ID, "- dataset example-illustrative 1.1.0");
            }
            step(session, "atlas:install " + TestData.EXAMPLE_JSON, "+ dataset example-illustrative 1.0.0");
            step(session, "atlas:install " + TestData.LAYER_JAR, "+ layer regulation");
        }
    }

    private void step(OsgiHarness.Session session, String line, String expected) {
        OsgiHarness.Result result = session.run(line);
        if (result.status() != 0 || !result.out().contains(expected)) {
            failures.add("writer: " + line + " → status " + result.status() + ", printed «" + result.out().strip()
                    + "», stderr «" + result.err().strip() + "», expected «" + expected + "»");
        }
    }

    private int read(OsgiHarness atlas, Path csv, Set<String> seedSearch, AtomicBoolean writing) throws Exception {
        int rounds = 0;
        try (OsgiHarness.Session session = atlas.session()) {
            while (writing.get() && rounds < MAX_READER_ROUNDS && failures.size() < 50) {
                checkList(run(session, "atlas:list --json"));
                checkSearch(run(session, "atlas:search 链 --json"), seedSearch);
                checkStats(run(session, "atlas:stats --json"));
                checkExport(run(session, "atlas:export --format csv --out " + csv + " --force"), csv);
                rounds++;
            }
        }
        return rounds;
    }

    private String run(OsgiHarness.Session session, String line) {
        OsgiHarness.Result result = session.run(line);
        if (result.status() != 0) {
            failures.add(line + " failed: " + result.err().strip());
            return null;
        }
        return result.out();
    }

    /** One listing: unique ids, the whole seed, and the example in one of its whole states. */
    private void checkList(String out) {
        if (out == null) {
            return;
        }
        List<JsonObject> entries = TestData.objects(JsonParser.parseString(out)).toList();
        Set<String> qualified = new HashSet<>();
        entries.forEach(e -> {
            if (!qualified.add(e.get("qualifiedId").getAsString())) {
                failures.add("atlas:list --json has " + e.get("qualifiedId") + " twice");
            }
        });
        long seed = entries.stream().filter(e -> "yrd-2022".equals(e.get("dataset").getAsString())).count();
        if (seed != 35) {
            failures.add("atlas:list --json has " + seed + " entries of yrd-2022, not 35");
        }
        Set<String> example = entries.stream().filter(e -> EXAMPLE_ID.equals(e.get("dataset").getAsString()))
                .map(e -> e.get("id").getAsString()).collect(Collectors.toSet());
        if (!EXAMPLE_STATES.contains(example)) {
            failures.add("atlas:list --json shows the example half installed: " + new TreeSet<>(example));
        }
        entries.stream().filter(e -> "regulation".equals(e.get("layer").getAsString())
                && !SANDBOX.equals(e.get("id").getAsString()))
                .forEach(e -> failures.add("atlas:list --json: unexpected entry in layer regulation " + e));
    }

    /** One search: every hit holds the text, the seed's hits are always the same, the example's whole. */
    private void checkSearch(String out, Set<String> seedSearch) {
        if (out == null) {
            return;
        }
        JsonElement hits = JsonParser.parseString(out);
        TestData.objects(hits).filter(e -> !e.toString().contains("链"))
                .forEach(e -> failures.add("atlas:search 链 found an entry without 链: " + e));
        Set<String> seed = ids(hits, "yrd-2022");
        if (!seed.equals(seedSearch)) {
            failures.add("atlas:search 链 found " + seed + " in yrd-2022 instead of " + seedSearch);
        }
        Set<String> example = ids(hits, EXAMPLE_ID);
        // 示例链甲, 示例区块链产业园 and (in 1.1.0) 示例链乙
        Set<String> v1 = Set.of("example-chain-a", "example-park");
        if (!Set.of(Set.of(), v1, plus(v1, CHAIN_B)).contains(example)) {
            failures.add("atlas:search 链 found " + example + " in the example");
        }
    }

    /** One statistics: the totals add up and are those of one of the writer's states. */
    private void checkStats(String out) {
        if (out == null) {
            return;
        }
        JsonObject stats = JsonParser.parseString(out).getAsJsonObject();
        int named = stats.get("named").getAsInt();
        int pending = stats.get("pending").getAsInt();
        List<JsonObject> layers = TestData.objects(stats.getAsJsonArray("layers")).toList();
        int sum = layers.stream().mapToInt(l -> l.get("named").getAsInt()).sum();
        if (sum != named) {
            failures.add("atlas:stats --json: named " + named + " but its layers add up to " + sum);
        }
        if (!STATS_STATES.contains(List.of(named, pending))) {
            failures.add("atlas:stats --json: named " + named + ", pending " + pending + " is no state of the atlas");
        }
        boolean regulation = layers.stream().anyMatch(l -> "regulation".equals(l.get("id").getAsString()));
        if (layers.size() != (regulation ? 5 : 4)) {
            failures.add("atlas:stats --json has layers " + layers.stream().map(l -> l.get("id").getAsString()).toList());
        }
        if (regulation && pending != 0 || !regulation && named == 40 && pending != 1) {
            failures.add("atlas:stats --json: pending " + pending + " with" + (regulation ? "" : "out") + " regulation");
        }
        for (JsonObject layer : layers) {
            int layerNamed = layer.get("named").getAsInt();
            TestData.objects(layer.getAsJsonArray("categories"))
                    .filter(c -> c.get("named").getAsInt() > layerNamed)
                    .forEach(c -> failures.add("atlas:stats --json: category " + c.get("id") + " names "
                            + c.get("named") + ", more than its layer " + layer.get("id") + " (" + layerNamed + ")"));
        }
        seen.add(layers.size() + " layers, " + named + " named, " + pending + " pending");
    }

    private static final Pattern WROTE = Pattern.compile("\\((\\d+) layers?, (\\d+) entr(?:y|ies)\\)");

    /** One export: the file holds as many rows as the command says it wrote, and that is a state of the atlas. */
    private void checkExport(String out, Path csv) throws Exception {
        if (out == null) {
            return;
        }
        Matcher m = WROTE.matcher(out);
        if (!m.find()) {
            failures.add("atlas:export printed «" + out.strip() + "»");
            return;
        }
        int layers = Integer.parseInt(m.group(1));
        int entries = Integer.parseInt(m.group(2));
        List<List<String>> rows = TestData.csv(Files.readString(csv, StandardCharsets.UTF_8));
        if (rows.size() - 1 != entries) {
            failures.add("atlas:export said " + entries + " entries but " + csv.getFileName() + " has " + (rows.size() - 1) + " rows");
        }
        Set<Integer> possible = layers == 4 ? Set.of(35, 40, 41) : layers == 5 ? Set.of(35, 41, 42) : Set.of();
        if (!possible.contains(entries)) {
            failures.add("atlas:export wrote " + layers + " layers and " + entries + " entries: no state of the atlas");
        }
        Map<String, Long> perDataset = rows.stream().skip(1).collect(Collectors.groupingBy(r -> r.get(1), Collectors.counting()));
        if (perDataset.getOrDefault("yrd-2022", 0L) != 35) {
            failures.add("atlas:export wrote " + perDataset + " rows per dataset");
        }
    }

    private static Set<String> ids(JsonElement entries, String dataset) {
        return TestData.objects(entries).filter(e -> dataset.equals(e.get("dataset").getAsString()))
                .map(e -> e.get("id").getAsString()).collect(Collectors.toSet());
    }

    private static Set<String> plus(Set<String> set, String id) {
        Set<String> more = new HashSet<>(set);
        more.add(id);
        return Set.copyOf(more);
    }
}
