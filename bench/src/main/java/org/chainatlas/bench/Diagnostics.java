package org.chainatlas.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.assembly.AtlasState;
import org.chainatlas.registry.assembly.Snapshot;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.DatasetWriter;
import org.chainatlas.registry.format.FormatException;

/**
 * Where the time of a query goes, one query at a time (not a benchmark of record: JMH gives those).
 * For each query of the mix: hits and the median and worst of repeated calls (searches also by a
 * linear scan); for statistics, all layers and each layer alone. {@code Diagnostics <entries> <out.json>}
 */
public final class Diagnostics {
    private static final int WARM = 15;
    private static final int RUNS = 25;

    private Diagnostics() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0].replace("_", ""));
        SyntheticAtlas synthetic = SyntheticAtlas.withRealLayers();
        long t0 = System.nanoTime();
        AtlasState state = Fixture.state(synthetic.layers(), synthetic.datasets(size));
        Snapshot snapshot = state.snapshot(1);
        long built = System.nanoTime() - t0;
        LinearScan scan = new LinearScan(snapshot);
        JsonObject out = new JsonObject();
        out.addProperty("entries", snapshot.entries().size());
        out.addProperty("buildSeconds", built / 1e9);
        List<String> keys = snapshot.entries().stream().map(Diagnostics::searchKey).toList();
        JsonArray searches = new JsonArray();
        for (String q : QueryMix.SEARCHES) {
            JsonObject row = new JsonObject();
            row.addProperty("query", q);
            row.addProperty("hits", snapshot.search(q).size());
            row.addProperty("candidates", candidates(keys, q));
            row.add("indexed", time(() -> snapshot.search(q)));
            row.add("page", time(() -> snapshot.search(q, QueryMix.PAGE)));
            row.add("scan", time(() -> scan.search(q)));
            searches.add(row);
            System.out.println("search " + row);
        }
        out.add("search", searches);
        JsonArray lists = new JsonArray();
        for (EntryQuery q : QueryMix.LISTS) {
            JsonObject row = new JsonObject();
            row.addProperty("query", describe(q));
            row.addProperty("hits", snapshot.list(q).size());
            row.add("indexed", time(() -> snapshot.list(q)));
            row.add("page", time(() -> snapshot.list(q, QueryMix.PAGE)));
            lists.add(row);
            System.out.println("list " + row);
        }
        out.add("list", lists);
        JsonArray stats = new JsonArray();
        stats.add(statsRow("all layers", snapshot, null));
        for (Layer layer : snapshot.layers()) {
            stats.add(statsRow(layer.id(), snapshot, layer.id()));
        }
        System.out.println("stats " + stats);
        out.add("stats", stats);
        out.add("install", install(synthetic, state, snapshot));
        Files.writeString(Path.of(args[1]), new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out),
                StandardCharsets.UTF_8);
    }

    /**
     * The text the registry's search index looks in (SearchIndex.Grams and squeeze, restated here):
     * id, zh and en name and organisation, lower-cased, NUL between fields, without spaces and
     * the punctuation a person leaves out.
     */
    static String searchKey(Entry e) {
        StringBuilder key = new StringBuilder(64).append(e.id());
        for (Text t : new Text[] {e.name(), e.organisation()}) {
            if (t != null && t.zh() != null) {
                key.append('\u0000').append(t.zh());
            }
            if (t != null && t.en() != null) {
                key.append('\u0000').append(t.en());
            }
        }
        return squeeze(key.toString().toLowerCase(Locale.ROOT));
    }

    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (!(Character.isWhitespace(c) || c == '·' || c == '・' || c == '.' || c == '-' || c == '_')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Entries holding the query's four rarest bigrams (all of them, when it has fewer): what the
     * registry's bigram index intersects and hands on to be checked one by one.
     */
    static long candidates(List<String> keys, String query) {
        String q = squeeze(query.strip().toLowerCase(Locale.ROOT));
        if (q.length() < 2) {
            return keys.size();
        }
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < q.length(); i++) {
            String gram = q.substring(i, i + 2);
            counts.computeIfAbsent(gram, g -> keys.stream().filter(k -> k.contains(g)).count());
        }
        List<String> rarest = counts.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .limit(4).map(java.util.Map.Entry::getKey).toList();
        return keys.stream().filter(k -> rarest.stream().allMatch(k::contains)).count();
    }

    /** Install to queryable, in parts: a 10k-entry file read, validated, then indexed into the atlas. */
    private static JsonObject install(SyntheticAtlas synthetic, AtlasState state, Snapshot atlas) {
        DatasetDocument doc = synthetic.dataset(SyntheticAtlas.REGIONS, 10_000);
        byte[] json = DatasetWriter.write(doc);
        String probe = doc.entries().get(doc.entries().size() - 1).qualifiedId();
        JsonObject o = new JsonObject();
        o.addProperty("entries", doc.entries().size());
        o.addProperty("jsonBytes", json.length);
        o.addProperty("atlasEntries", atlas.entries().size());
        o.add("read", time(() -> {
            try {
                return DatasetReader.read(json);
            } catch (FormatException e) {
                throw new IllegalStateException(e);
            }
        }));
        o.add("validate", time(() -> DatasetValidator.validate("x.json", json, synthetic.layers())));
        o.add("index", time(() -> state.withDataset(Fixture.contribution(doc, 1_000_000)).snapshot(2).entry(probe)));
        System.out.println("install " + o);
        return o;
    }

    private static JsonObject statsRow(String scope, AtlasSnapshot snapshot, String layer) {
        JsonObject row = new JsonObject();
        row.addProperty("scope", scope);
        row.add("time", time(() -> snapshot.statistics(layer)));
        return row;
    }

    private static String describe(EntryQuery q) {
        StringBuilder s = new StringBuilder();
        if (q.layer() != null) {
            s.append("--layer ").append(q.layer()).append(' ');
        }
        q.categories().forEach(c -> s.append("--category ").append(c).append(' '));
        if (q.place() != null) {
            s.append("--place ").append(q.place()).append(' ');
        }
        if (q.dataset() != null) {
            s.append("--dataset ").append(q.dataset()).append(' ');
        }
        return s.toString().strip();
    }

    /**
     * Median and worst of up to {@value #RUNS} calls (at least 3; fewer when they are slow) after up
     * to {@value #WARM} unmeasured ones (at least 2), in ms.
     */
    static JsonObject time(Supplier<?> call) {
        Object sink = null;
        long warmUntil = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < WARM && (i < 2 || System.nanoTime() < warmUntil); i++) {
            sink = call.get();
        }
        long[] ns = new long[RUNS];
        int n = 0;
        long measureUntil = System.nanoTime() + 3_000_000_000L;
        while (n < RUNS && (n < 3 || System.nanoTime() < measureUntil)) {
            long t = System.nanoTime();
            sink = call.get();
            ns[n++] = System.nanoTime() - t;
        }
        long[] done = Arrays.copyOf(ns, n);
        Arrays.sort(done);
        JsonObject o = new JsonObject();
        o.addProperty("medianMs", done[n / 2] / 1e6);
        o.addProperty("maxMs", done[n - 1] / 1e6);
        o.addProperty("runs", n);
        if (sink == null) {
            o.addProperty("null", true);
        }
        return o;
    }

}
