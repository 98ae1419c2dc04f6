package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.concurrent.Forked;

/**
 * One dataset classified against one set of layers, with its own indexes. Snapshots are made of
 * segments, so installing or removing a dataset builds (or drops) one segment and reuses the rest.
 *
 * <p>Every start builds segments, so this class uses no lambdas (see {@code package-info}).
 */
final class Segment {
    /** From this many entries the search index is built beside the other indexes. */
    static final int CONCURRENT_FROM_ENTRIES = 2000;

    final OfDataset source;
    /** Attached entries, bottom layer first, in file order within a layer. */
    final List<Entry> attached;
    final List<PendingEntry> pending;
    final DatasetStatus status;
    private final Map<String, List<Entry>> byLayer;
    /**
     * Positions in {@link #attached}, ordered by the entries' ids: a binary search without a hash
     * node, or even an id array, per entry.
     */
    private final int[] byId;
    /** "layer facet category" → positions in {@link #attached} of entries in that category or below it. */
    private final Map<String, int[]> postings;
    private final SearchIndex search;
    /** Posting key → place id → how many of its entries name that place: place figures without a scan. */
    private final Map<String, Map<String, Integer>> placeCounts;
    private final boolean hasMultiPlaceEntries;

    private Segment(OfDataset source, LayerIndex layers) {
        this.source = source;
        DatasetDocument doc = source.document();
        List<Entry> entries = new ArrayList<>(doc.entries().size());
        List<PendingEntry> waiting = new ArrayList<>();
        for (Entry entry : doc.entries()) {
            Optional<Text> reason = whyPending(entry, layers);
            if (reason.isPresent()) {
                waiting.add(new PendingEntry(entry, reason.get().en()));
            } else {
                entries.add(entry);
            }
        }
        entries.sort(new Comparator<Entry>() { // stable: file order kept within a layer
            @Override
            public int compare(Entry a, Entry b) {
                return Integer.compare(layers.position(a.layer()), layers.position(b.layer()));
            }
        });
        this.attached = List.copyOf(entries);
        this.pending = List.copyOf(waiting);
        // the search index needs only the attached entries: for a large dataset it is built on
        // another core while this one makes the id, category and place indexes
        Callable<SearchIndex> indexing = new Callable<>() {
            @Override
            public SearchIndex call() {
                return new SearchIndex(attached);
            }
        };
        Forked<SearchIndex> searchIndex = attached.size() >= CONCURRENT_FROM_ENTRIES
                ? Forked.start(indexing) : Forked.inline(indexing);
        this.byLayer = splitByLayer(attached);
        this.byId = orderById(attached);
        this.postings = postings(attached, layers);
        this.placeCounts = placeCounts(attached, postings);
        this.hasMultiPlaceEntries = hasMultiPlaceEntries(attached);
        this.search = searchIndex.join();
        Map<String, Text> reasons = new java.util.LinkedHashMap<>();
        for (PendingEntry p : pending) {
            if (!reasons.containsKey(p.reason())) {
                reasons.put(p.reason(), whyPending(p.entry(), layers).orElse(Text.of(null, p.reason())));
            }
        }
        this.status = new DatasetStatus(doc.id(), doc.version(), doc.title(), doc.region(), source.bundle(),
                doc.entries().size(), pending.size(), List.copyOf(reasons.keySet()), List.copyOf(reasons.values()));
    }

    static Segment build(OfDataset source, LayerIndex layers) {
        return new Segment(source, layers);
    }

    private static int[] orderById(List<Entry> entries) {
        Integer[] order = new Integer[entries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return entries.get(a).id().compareTo(entries.get(b).id());
            }
        });
        int[] byId = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            byId[i] = order[i];
        }
        return byId;
    }

    private static boolean hasMultiPlaceEntries(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.places().size() > 1) {
                return true;
            }
        }
        return false;
    }

    String datasetId() {
        return source.document().id();
    }

    List<Entry> layer(String layer) {
        return byLayer.getOrDefault(layer, List.of());
    }

    Entry entry(String id) {
        int low = 0;
        int high = byId.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Entry e = attached.get(byId[middle]);
            int c = e.id().compareTo(id);
            if (c == 0) {
                return e;
            }
            if (c < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    /** Entries of one category (or below it), in file order. */
    List<Entry> inCategory(String layer, String facet, String category) {
        int[] positions = postings.get(postingKey(layer, facet, category));
        if (positions == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(positions.length);
        for (int p : positions) {
            out.add(attached.get(p));
        }
        return out;
    }

    int countInCategory(String layer, String facet, String category) {
        int[] positions = postings.get(postingKey(layer, facet, category));
        return positions == null ? 0 : positions.length;
    }

    /** How many entries of a category (or below it) name a place in {@code within}; each entry once. */
    int countInCategoryAndPlaces(String layer, String facet, String category, java.util.Set<String> within) {
        String key = postingKey(layer, facet, category);
        Map<String, Integer> byPlace = placeCounts.get(key);
        if (byPlace == null) {
            return 0;
        }
        int count = 0;
        for (Map.Entry<String, Integer> place : byPlace.entrySet()) {
            if (within.contains(place.getKey())) {
                count += place.getValue();
            }
        }
        // Entries naming two places inside {@code within} were counted twice: recount those exactly.
        return hasMultiPlaceEntries ? exactCount(key, within) : count;
    }

    private int exactCount(String key, java.util.Set<String> within) {
        int count = 0;
        for (int p : postings.get(key)) {
            for (String place : attached.get(p).places()) {
                if (within.contains(place)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    SearchIndex.Matches matches(String text) {
        return search.matches(text);
    }

    /** Why an entry waits, in Chinese and English, or empty if it attaches. */
    static Optional<Text> whyPending(Entry entry, LayerIndex layers) {
        String layer = entry.layer();
        if (layers.layer(layer).isEmpty()) {
            return Optional.of(Text.of("层 '" + layer + "' 未安装", "layer '" + layer + "' is not installed"));
        }
        for (Map.Entry<String, List<String>> assigned : entry.categories().entrySet()) {
            String facet = assigned.getKey();
            if (!layers.hasFacet(layer, facet)) {
                return Optional.of(Text.of("层 '" + layer + "' 没有维度 '" + facet + "'",
                        "layer '" + layer + "' has no facet '" + facet + "'"));
            }
            for (String category : assigned.getValue()) {
                if (layers.lineage(layer, facet, category).isEmpty()) {
                    return Optional.of(Text.of("层 '" + layer + "' 的维度 '" + facet + "' 没有类别 '" + category + "'",
                            "facet '" + facet + "' of layer '" + layer + "' has no category '" + category + "'"));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Map<String, Integer>> placeCounts(List<Entry> entries, Map<String, int[]> postings) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (Map.Entry<String, int[]> posting : postings.entrySet()) {
            Map<String, Integer> byPlace = new HashMap<>();
            for (int p : posting.getValue()) {
                for (String place : entries.get(p).places()) {
                    Integer before = byPlace.get(place);
                    byPlace.put(place, before == null ? 1 : before + 1);
                }
            }
            if (!byPlace.isEmpty()) {
                out.put(posting.getKey(), byPlace);
            }
        }
        return out;
    }

    private static Map<String, List<Entry>> splitByLayer(List<Entry> sorted) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || !sorted.get(i).layer().equals(sorted.get(start).layer())) {
                out.put(sorted.get(start).layer(), sorted.subList(start, i));
                start = i;
            }
        }
        return out;
    }

    private static Map<String, int[]> postings(List<Entry> entries, LayerIndex layers) {
        Map<String, IntList> lists = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            for (Map.Entry<String, List<String>> assigned : e.categories().entrySet()) {
                LinkedHashSet<String> covering = new LinkedHashSet<>();
                for (String category : assigned.getValue()) {
                    covering.addAll(layers.lineage(e.layer(), assigned.getKey(), category));
                }
                for (String node : covering) {
                    String key = postingKey(e.layer(), assigned.getKey(), node);
                    IntList list = lists.get(key);
                    if (list == null) {
                        list = new IntList();
                        lists.put(key, list);
                    }
                    list.add(i);
                }
            }
        }
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, IntList> list : lists.entrySet()) {
            out.put(list.getKey(), list.getValue().toArray());
        }
        return out;
    }

    static String postingKey(String layer, String facet, String category) {
        return layer + '\u0000' + facet + '\u0000' + category;
    }

    /** A growable int array: postings without boxing. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
