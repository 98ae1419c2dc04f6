package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.registry.names.Suggest;

/**
 * An immutable atlas state: the installed layers and one {@link Segment} per dataset, each with its
 * own indexes. Queries run segment by segment, bottom layer first; nothing here scans the whole
 * atlas to build a snapshot, so a new snapshot after a change costs little.
 */
public final class Snapshot implements AtlasSnapshot {
    /** By service id: the order datasets arrived in. A class, not a lambda (see the package notes). */
    private static final java.util.Comparator<Segment> INSTALL_ORDER = new java.util.Comparator<>() {
        @Override
        public int compare(Segment a, Segment b) {
            return Long.compare(a.source.serviceId(), b.source.serviceId());
        }
    };

    private final long generation;
    private final LayerIndex layers;
    private final List<Segment> segments;
    private final Map<String, Segment> segmentById = new LinkedHashMap<>();
    private final List<LoadProblem> problems;
    private final List<Contribution.OfLayer> layerSources;
    private final PlaceTree places;
    private final List<Figure> figures;
    private final List<DatasetStatus> datasets;
    private volatile List<Entry> allEntries;
    private volatile List<PendingEntry> allPending;

    Snapshot(long generation, LayerIndex layers, List<Segment> segments, List<LoadProblem> problems,
             List<Contribution.OfLayer> layerSources) {
        this.generation = generation;
        this.layers = layers;
        this.segments = List.copyOf(segments);
        this.problems = List.copyOf(problems);
        this.layerSources = List.copyOf(layerSources);
        List<Place> allPlaces = new ArrayList<>();
        List<Figure> allFigures = new ArrayList<>();
        List<DatasetStatus> statuses = new ArrayList<>(segments.size());
        for (Segment s : this.segments) {
            segmentById.put(s.datasetId(), s);
            allFigures.addAll(s.source.document().figures());
            statuses.add(s.status);
        }
        // The first dataset installed defines a place id (the built-in map before any other): one whose
        // id merely sorts first cannot redefine it. Validation refuses a different meaning anyway.
        List<Segment> installOrder = new ArrayList<>(this.segments);
        installOrder.sort(INSTALL_ORDER);
        for (Segment s : installOrder) {
            allPlaces.addAll(s.source.document().places());
        }
        this.places = new PlaceTree(allPlaces);
        this.figures = List.copyOf(allFigures);
        this.datasets = List.copyOf(statuses);
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public List<Layer> layers() {
        return layers.ordered();
    }

    @Override
    public Layer layer(String id) {
        Layer layer = layers.layer(normalise(id)).orElse(null);
        if (layer == null) {
            throw new AtlasException(layers.ordered().isEmpty()
                    ? "no layer '" + id + "'; no layers are installed"
                    : "no layer '" + id + "'; layers: " + String.join(", ", layers.byId().keySet()));
        }
        return layer;
    }

    @Override
    public List<DatasetStatus> datasets() {
        return datasets;
    }

    @Override
    public DatasetStatus dataset(String id) {
        return segment(id).status;
    }

    private Segment segment(String id) {
        Segment segment = segmentById.get(normalise(id));
        if (segment == null) {
            throw new AtlasException(segments.isEmpty()
                    ? "no dataset '" + id + "'; no datasets are installed"
                    : "no dataset '" + id + "'; datasets: " + String.join(", ", segmentById.keySet()));
        }
        return segment;
    }

    @Override
    public List<LoadProblem> problems() {
        return problems;
    }

    /** Bottom layer first, then by dataset id, then in file order; built on first use. */
    @Override
    public List<Entry> entries() {
        List<Entry> all = allEntries;
        if (all == null) {
            List<Entry> built = new ArrayList<>();
            for (Layer layer : layers.ordered()) {
                for (Segment s : segments) {
                    built.addAll(s.layer(layer.id()));
                }
            }
            all = List.copyOf(built);
            allEntries = all;
        }
        return all;
    }

    @Override
    public List<PendingEntry> pending() {
        List<PendingEntry> all = allPending;
        if (all == null) {
            List<PendingEntry> built = new ArrayList<>();
            for (Segment s : segments) {
                built.addAll(s.pending);
            }
            all = List.copyOf(built);
            allPending = all;
        }
        return all;
    }

    @Override
    public List<Entry> list(EntryQuery query) {
        List<Entry> found = new ArrayList<>();
        list(query, Integer.MAX_VALUE, found);
        return found;
    }

    @Override
    public SearchPage list(EntryQuery query, int limit) {
        if (limit < 1) {
            throw new AtlasException("a listing shows at least 1 entry, not " + limit);
        }
        List<Entry> found = new ArrayList<>();
        boolean more = list(query, limit, found);
        return new SearchPage(found, more);
    }

    /** Adds to {@code found} the query's entries in listing order, stopping after {@code limit}; true if there are more. */
    private boolean list(EntryQuery query, int limit, List<Entry> found) {
        List<Layer> scope = blank(query.layer()) ? layers.ordered() : List.of(layer(query.layer()));
        List<Segment> from = blank(query.dataset()) ? segments : List.of(segment(query.dataset()));
        List<CategoryFilter> categories = query.categories().stream().map(c -> categoryFilter(c, query.layer())).toList();
        Predicate<Entry> filter = e -> categories.stream().allMatch(c -> c.test(e));
        if (!blank(query.place())) {
            Set<String> within = places.within(place(query.place()).id());
            filter = filter.and(e -> e.places().stream().anyMatch(within::contains));
        }
        for (Layer layer : scope) {
            for (Segment segment : from) {
                for (Entry e : categories.isEmpty() ? segment.layer(layer.id()) : categories.get(0).candidates(segment, layer.id())) {
                    if (filter.test(e)) {
                        if (found.size() == limit) {
                            return true;
                        }
                        found.add(e);
                    }
                }
            }
        }
        return false;
    }

    /** One "category" or "facet:category" filter, resolved to the category nodes it names per layer. */
    private record CategoryFilter(Map<String, Map<String, Category>> byLayer) implements Predicate<Entry> {
        @Override
        public boolean test(Entry entry) {
            Map<String, Category> byFacet = byLayer.get(entry.layer());
            return byFacet != null && byFacet.entrySet().stream().anyMatch(m ->
                    entry.categories(m.getKey()).stream().anyMatch(c -> m.getValue().covers(c)));
        }

        /** The entries of one segment and layer that may match, from the category index. */
        List<Entry> candidates(Segment segment, String layer) {
            Map<String, Category> byFacet = byLayer.get(layer);
            if (byFacet == null) {
                return List.of();
            }
            if (byFacet.size() == 1) {
                var only = byFacet.entrySet().iterator().next();
                return segment.inCategory(layer, only.getKey(), only.getValue().id());
            }
            return segment.layer(layer);
        }
    }

    private CategoryFilter categoryFilter(String spec, String layerScope) {
        String trimmed = normalise(spec);
        int colon = trimmed.indexOf(':');
        String facetId = colon < 0 ? null : trimmed.substring(0, colon);
        String categoryId = colon < 0 ? trimmed : trimmed.substring(colon + 1);
        List<Layer> scope = blank(layerScope) ? layers.ordered() : List.of(layer(layerScope));
        Map<String, Map<String, Category>> matches = new LinkedHashMap<>();
        Set<String> known = new TreeSet<>();
        for (Layer layer : scope) {
            for (Facet facet : layer.facets()) {
                facet.flatten().forEach(c -> known.add(c.id()));
                if (facetId != null && !facet.id().equals(facetId)) {
                    continue;
                }
                facet.find(categoryId).ifPresent(c ->
                        matches.computeIfAbsent(layer.id(), k -> new LinkedHashMap<>()).put(facet.id(), c));
            }
        }
        if (matches.isEmpty()) {
            String where = blank(layerScope) ? "" : " in layer '" + scope.get(0).id() + "'";
            String hint = Suggest.closest(categoryId, known).map(s -> "did you mean '" + s + "'? ").orElse("");
            throw new AtlasException("no category '" + spec + "'" + where + "; " + hint
                    + "categories: " + String.join(", ", known));
        }
        return new CategoryFilter(matches);
    }

    @Override
    public List<Entry> search(String text) {
        return page(text, Integer.MAX_VALUE).entries();
    }

    @Override
    public SearchPage search(String text, int limit) {
        if (limit < 1) {
            throw new AtlasException("a search shows at least 1 entry, not " + limit);
        }
        return page(text, limit);
    }

    /**
     * Each segment's matches come bottom layer first: takes layer by layer from each, checking
     * candidates only until {@code limit} and one more are found.
     */
    private SearchPage page(String text, int limit) {
        String needle = text == null ? "" : text.strip();
        if (needle.isEmpty()) {
            throw new AtlasException("search needs a text to look for, e.g. atlas:search 蚂蚁");
        }
        List<SearchIndex.Matches> perSegment = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            perSegment.add(s.matches(needle));
        }
        List<Entry> found = new ArrayList<>();
        for (Layer layer : layers.ordered()) {
            for (SearchIndex.Matches matches : perSegment) {
                for (Entry e = matches.peek(); e != null && e.layer().equals(layer.id()); e = matches.peek()) {
                    if (found.size() == limit) {
                        return new SearchPage(found, true);
                    }
                    found.add(matches.take());
                }
            }
        }
        return new SearchPage(found, false);
    }

    @Override
    public Entry entry(String id) {
        String wanted = normalise(id);
        int slash = wanted.indexOf('/');
        if (slash > 0 && segmentById.containsKey(wanted.substring(0, slash))) {
            Entry entry = segmentById.get(wanted.substring(0, slash)).entry(wanted.substring(slash + 1));
            if (entry != null) {
                return entry;
            }
        }
        List<Entry> candidates = new ArrayList<>();
        for (Segment segment : segments) {
            Entry entry = segment.entry(wanted);
            if (entry != null) {
                candidates.add(entry);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            throw new AtlasException("entry id '" + id + "' is used by " + candidates.size()
                    + " datasets; name one of: " + String.join(", ", candidates.stream().map(Entry::qualifiedId).toList()));
        }
        for (Segment segment : segments) {
            for (PendingEntry p : segment.pending) {
                if (p.entry().id().equals(wanted) || p.entry().qualifiedId().equals(wanted)) {
                    throw new AtlasException("entry '" + id + "' is pending: " + p.reason());
                }
            }
        }
        throw new AtlasException("no entry '" + id + "'" + closestId(wanted)
                .map(s -> "; did you mean '" + s + "'?").orElse("; see atlas:list or atlas:search"));
    }

    @Override
    public int datasetsUsingId(String id) {
        int datasets = 0;
        for (Segment segment : segments) {
            if (segment.entry(id) != null) {
                datasets++;
            }
        }
        return datasets;
    }

    /** "Did you mean" over the ids of a small atlas; past that, a suggestion is not worth a full scan. */
    private java.util.Optional<String> closestId(String wanted) {
        if (entries().size() > 100_000) {
            return java.util.Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        entries().forEach(e -> {
            ids.add(e.id());
            ids.add(e.qualifiedId());
        });
        return Suggest.closest(wanted, ids);
    }

    @Override
    public List<Place> places() {
        return places.ordered();
    }

    @Override
    public Place place(String idCodeOrName) {
        return places.find(idCodeOrName);
    }

    @Override
    public List<Figure> figures() {
        return figures;
    }

    @Override
    public Statistics statistics(String layer) {
        List<Layer> scope = blank(layer) ? layers.ordered() : List.of(layer(layer));
        return RegionalStatistics.calculate(scope, segments, places, pending().size());
    }

    /** How many entries the whole atlas names where, from the indexes. */
    SegmentCounts counts() {
        return new SegmentCounts(segments);
    }

    /**
     * The datasets of one region: a dataset id, or a place (id, code or name) that is a dataset's
     * region or contains it. A view over the same segments: nothing is indexed again.
     */
    @Override
    public AtlasSnapshot region(String region) {
        String wanted = normalise(region);
        List<Segment> chosen = new ArrayList<>();
        if (segmentById.containsKey(wanted)) {
            chosen.add(segmentById.get(wanted));
        } else {
            Place place = regionPlace(region);
            Set<String> within = places.within(place.id());
            for (Segment s : segments) {
                String covered = s.source.document().region();
                if (covered != null && within.contains(covered)) {
                    chosen.add(s);
                }
            }
            if (chosen.isEmpty()) {
                throw new AtlasException(insideARegion(region, place));
            }
        }
        return new Snapshot(generation, layers, chosen, List.of(), layerSources);
    }

    /** Why a place that is no dataset's region cannot be one, and what to give instead. */
    private String insideARegion(String asked, Place place) {
        for (Segment s : segments) {
            String covered = s.source.document().region();
            if (covered != null && places.within(covered).contains(place.id())) {
                Place outer = places.get(covered);
                return "'" + asked + "' (" + place.name().withOther(Lang.EN)
                        + ") is a place within region " + covered + " (" + outer.name().withOther(Lang.EN)
                        + ") of dataset " + s.datasetId() + ", not a region of its own; give the region ('" + covered
                        + "') or the dataset, or filter by place with --place " + asked + "; " + regions();
            }
        }
        return "no dataset covers region '" + asked + "'; " + regions();
    }

    private Place regionPlace(String region) {
        try {
            return places.find(region);
        } catch (AtlasException e) {
            throw new AtlasException("no region '" + region + "'; " + regions());
        }
    }

    /** "regions: yrd (长三角 Yangtze River Delta: yrd-2022), …", each region once with its datasets. */
    private String regions() {
        Map<String, List<String>> byRegion = new LinkedHashMap<>();
        for (Segment s : segments) {
            String place = s.source.document().region();
            byRegion.computeIfAbsent(place == null ? s.datasetId() : place, k -> new ArrayList<>()).add(s.datasetId());
        }
        List<String> choices = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byRegion.entrySet()) {
            Place place = places.get(e.getKey());
            choices.add(e.getKey() + " (" + (place == null ? "" : place.name().withOther(Lang.ZH) + ": ")
                    + String.join(", ", e.getValue()) + ")");
        }
        return choices.isEmpty() ? "no datasets are installed" : "regions: " + String.join(", ", choices);
    }

    @Override
    public AtlasSnapshot onlyLayer(String layer) {
        String id = layer(layer).id();
        List<Contribution.OfLayer> one = layerSources.stream().filter(l -> l.layer().id().equals(id)).toList();
        List<Contribution.OfDataset> narrowed = segments.stream().map(s -> narrow(s.source, id)).toList();
        return AtlasAssembler.assemble(generation, one, narrowed, List.of());
    }

    private static Contribution.OfDataset narrow(Contribution.OfDataset d, String layer) {
        DatasetDocument doc = d.document();
        DatasetDocument narrowed = new DatasetDocument(doc.format(), doc.id(), doc.version(), doc.title(),
                doc.region(), doc.description(), doc.sources(), doc.places(),
                doc.entries().stream().filter(e -> e.layer().equals(layer)).toList(),
                doc.figures().stream().filter(f -> f.layer().equals(layer)).toList());
        return new Contribution.OfDataset(narrowed, d.bundle(), d.serviceId());
    }

    @Override
    public List<DatasetDocument> documents() {
        return segments.stream().map(s -> s.source.document()).toList();
    }

    static String normalise(String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
