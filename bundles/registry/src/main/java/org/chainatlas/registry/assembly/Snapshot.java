package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.registry.names.Suggest;

/** An immutable atlas state with its indexes; built once by {@link AtlasAssembler}, then only read. */
public final class Snapshot implements AtlasSnapshot {
    private final long generation;
    private final List<Layer> layers;
    private final Map<String, Layer> layerById;
    private final List<DatasetStatus> datasets;
    private final Map<String, DatasetStatus> datasetById;
    private final List<LoadProblem> problems;
    private final List<Entry> entries;
    private final List<String> searchKeys;
    private final List<PendingEntry> pending;
    private final Map<String, Entry> byQualifiedId;
    private final Map<String, List<String>> qualifiedByBareId;
    private final PlaceTree places;
    private final List<Figure> figures;
    private final List<Contribution.OfLayer> layerSources;
    private final List<Contribution.OfDataset> datasetSources;

    Snapshot(long generation, List<Contribution.OfLayer> layerSources, List<Contribution.OfDataset> datasetSources,
             List<Layer> layers, List<DatasetStatus> datasets, List<LoadProblem> problems,
             List<Entry> entries, List<PendingEntry> pending, PlaceTree places, List<Figure> figures) {
        this.layerSources = List.copyOf(layerSources);
        this.datasetSources = List.copyOf(datasetSources);
        this.generation = generation;
        this.layers = List.copyOf(layers);
        this.layerById = index(this.layers, Layer::id);
        this.datasets = List.copyOf(datasets);
        this.datasetById = index(this.datasets, DatasetStatus::id);
        this.problems = List.copyOf(problems);
        this.entries = List.copyOf(entries);
        this.searchKeys = this.entries.stream().map(Snapshot::searchKey).toList();
        this.pending = List.copyOf(pending);
        this.byQualifiedId = new LinkedHashMap<>();
        this.qualifiedByBareId = new LinkedHashMap<>();
        for (Entry entry : this.entries) {
            byQualifiedId.put(entry.qualifiedId(), entry);
            qualifiedByBareId.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(entry.qualifiedId());
        }
        this.places = places;
        this.figures = List.copyOf(figures);
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public Layer layer(String id) {
        Layer layer = layerById.get(normalise(id));
        if (layer == null) {
            throw new AtlasException(layers.isEmpty()
                    ? "no layer '" + id + "'; no layers are installed"
                    : "no layer '" + id + "'; layers: " + String.join(", ", layerById.keySet()));
        }
        return layer;
    }

    @Override
    public List<DatasetStatus> datasets() {
        return datasets;
    }

    @Override
    public DatasetStatus dataset(String id) {
        DatasetStatus status = datasetById.get(normalise(id));
        if (status == null) {
            throw new AtlasException(datasets.isEmpty()
                    ? "no dataset '" + id + "'; no datasets are installed"
                    : "no dataset '" + id + "'; datasets: " + String.join(", ", datasetById.keySet()));
        }
        return status;
    }

    @Override
    public List<LoadProblem> problems() {
        return problems;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public List<PendingEntry> pending() {
        return pending;
    }

    @Override
    public List<Entry> list(EntryQuery query) {
        Predicate<Entry> filter = e -> true;
        if (!blank(query.layer())) {
            String layer = layer(query.layer()).id();
            filter = filter.and(e -> e.layer().equals(layer));
        }
        if (!blank(query.dataset())) {
            String dataset = dataset(query.dataset()).id();
            filter = filter.and(e -> e.dataset().equals(dataset));
        }
        for (String category : query.categories()) {
            filter = filter.and(categoryFilter(category, query.layer()));
        }
        if (!blank(query.place())) {
            Set<String> within = places.within(place(query.place()).id());
            filter = filter.and(e -> e.places().stream().anyMatch(within::contains));
        }
        return entries.stream().filter(filter).toList();
    }

    /** Entries in {@code spec} ("category" or "facet:category") or below it, in the layers in scope. */
    private Predicate<Entry> categoryFilter(String spec, String layerScope) {
        String trimmed = normalise(spec);
        int colon = trimmed.indexOf(':');
        String facetId = colon < 0 ? null : trimmed.substring(0, colon);
        String categoryId = colon < 0 ? trimmed : trimmed.substring(colon + 1);
        List<Layer> scope = blank(layerScope) ? layers : List.of(layer(layerScope));
        Map<String, Map<String, Category>> matches = new LinkedHashMap<>();
        Set<String> known = new java.util.TreeSet<>();
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
        return entry -> {
            Map<String, Category> byFacet = matches.get(entry.layer());
            return byFacet != null && byFacet.entrySet().stream().anyMatch(m ->
                    entry.categories(m.getKey()).stream().anyMatch(c -> m.getValue().covers(c)));
        };
    }

    @Override
    public List<Entry> search(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            throw new AtlasException("search needs a text to look for, e.g. atlas:search 蚂蚁");
        }
        String squeezed = squeeze(needle);
        List<Entry> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = searchKeys.get(i);
            if (key.contains(needle) || key.contains(squeezed)) {
                found.add(entries.get(i));
            }
        }
        return found;
    }

    @Override
    public Entry entry(String id) {
        String wanted = normalise(id);
        Entry entry = byQualifiedId.get(wanted);
        if (entry != null) {
            return entry;
        }
        List<String> candidates = qualifiedByBareId.getOrDefault(wanted, List.of());
        if (candidates.size() == 1) {
            return byQualifiedId.get(candidates.get(0));
        }
        if (candidates.size() > 1) {
            throw new AtlasException("entry id '" + id + "' is used by " + candidates.size()
                    + " datasets; name one of: " + String.join(", ", candidates));
        }
        for (PendingEntry p : pending) {
            if (p.entry().id().equals(wanted) || p.entry().qualifiedId().equals(wanted)) {
                throw new AtlasException("entry '" + id + "' is pending: " + p.reason());
            }
        }
        Set<String> ids = new HashSet<>(qualifiedByBareId.keySet());
        ids.addAll(byQualifiedId.keySet());
        throw new AtlasException("no entry '" + id + "'" + Suggest.closest(wanted, ids)
                .map(s -> "; did you mean '" + s + "'?").orElse("; see atlas:list or atlas:search"));
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
        List<Layer> scope = blank(layer) ? layers : List.of(layer(layer));
        return new StatisticsCalculator(scope, entries, figures, places, pending.size()).calculate();
    }

    @Override
    public AtlasSnapshot region(String region) {
        String wanted = normalise(region);
        List<Contribution.OfDataset> chosen = datasetSources.stream()
                .filter(d -> d.document().id().equals(wanted)).toList();
        if (chosen.isEmpty()) {
            Set<String> within = places.within(regionPlace(region).id());
            chosen = datasetSources.stream()
                    .filter(d -> d.document().region() != null && within.contains(d.document().region())).toList();
        }
        if (chosen.isEmpty()) {
            throw new AtlasException("no dataset covers region '" + region + "'; " + regions());
        }
        return AtlasAssembler.assemble(generation, layerSources, chosen, List.of());
    }

    private Place regionPlace(String region) {
        try {
            return places.find(region);
        } catch (AtlasException e) {
            throw new AtlasException("no region '" + region + "'; " + regions());
        }
    }

    private String regions() {
        List<String> choices = new ArrayList<>();
        for (Contribution.OfDataset d : datasetSources) {
            String place = d.document().region();
            choices.add(d.document().id() + (place == null ? "" : " (region " + place + ")"));
        }
        return choices.isEmpty() ? "no datasets are installed" : "regions: " + String.join(", ", choices);
    }

    @Override
    public AtlasSnapshot onlyLayer(String layer) {
        String id = layer(layer).id();
        List<Contribution.OfLayer> one = layerSources.stream().filter(l -> l.layer().id().equals(id)).toList();
        List<Contribution.OfDataset> narrowed = datasetSources.stream().map(d -> narrow(d, id)).toList();
        return AtlasAssembler.assemble(generation, one, narrowed, List.of());
    }

    private static Contribution.OfDataset narrow(Contribution.OfDataset d, String layer) {
        var doc = d.document();
        var narrowed = new org.chainatlas.api.model.DatasetDocument(doc.format(), doc.id(), doc.version(), doc.title(),
                doc.region(), doc.description(), doc.sources(), doc.places(),
                doc.entries().stream().filter(e -> e.layer().equals(layer)).toList(),
                doc.figures().stream().filter(f -> f.layer().equals(layer)).toList());
        return new Contribution.OfDataset(narrowed, d.bundle(), d.serviceId());
    }

    @Override
    public List<org.chainatlas.api.model.DatasetDocument> documents() {
        return datasetSources.stream().map(Contribution.OfDataset::document)
                .sorted(java.util.Comparator.comparing(org.chainatlas.api.model.DatasetDocument::id)).toList();
    }

    private static String searchKey(Entry e) {
        StringBuilder key = new StringBuilder(e.id());
        append(key, e.name().zh());
        append(key, e.name().en());
        if (e.organisation() != null) {
            append(key, e.organisation().zh());
            append(key, e.organisation().en());
        }
        String lower = key.toString().toLowerCase(Locale.ROOT);
        return lower + '\u0000' + squeeze(lower);
    }

    private static void append(StringBuilder key, String part) {
        if (part != null) {
            key.append('\u0000').append(part);
        }
    }

    /** "FISCO BCOS" and "FISCOBCOS" are the same name to a person searching. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s·・.\\-_]+", "");
    }

    static String normalise(String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
