package org.chainatlas.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;

/** A test double of the snapshot: fixed records, and lookups that fail the way the registry's do. */
record FakeSnapshot(List<Layer> layers, List<Entry> entries, List<Place> places, List<DatasetStatus> datasets,
                    List<LoadProblem> problems, List<PendingEntry> pending, Statistics statistics)
        implements AtlasSnapshot {

    @Override
    public long generation() {
        return 1;
    }

    @Override
    public Layer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new AtlasException("no layer '" + id + "'; layers: "
                        + layers.stream().map(Layer::id).collect(Collectors.joining(", "))));
    }

    @Override
    public DatasetStatus dataset(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AtlasException("no dataset '" + id + "'"));
    }

    @Override
    public List<Entry> list(EntryQuery query) {
        if (query.layer() != null) {
            layer(query.layer());
        }
        return entries.stream()
                .filter(e -> query.layer() == null || e.layer().equals(query.layer()))
                .filter(e -> query.categories().stream().allMatch(c -> inCategory(e, c)))
                .filter(e -> query.place() == null || e.places().contains(place(query.place()).id()))
                .filter(e -> query.dataset() == null || e.dataset().equals(dataset(query.dataset()).id()))
                .collect(Collectors.toList());
    }

    @Override
    public SearchPage list(EntryQuery query, int limit) {
        List<Entry> all = list(query);
        return new SearchPage(all.subList(0, Math.min(limit, all.size())), all.size() > limit);
    }

    @Override
    public int datasetsUsingId(String id) {
        return (int) entries.stream().filter(e -> e.id().equals(id)).count();
    }

    @Override
    public List<Entry> search(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return entries.stream()
                .filter(e -> e.name().containsLowerCase(needle) || e.id().contains(needle)
                        || (e.organisation() != null && e.organisation().containsLowerCase(needle)))
                .collect(Collectors.toList());
    }

    @Override
    public org.chainatlas.api.SearchPage search(String text, int limit) {
        List<Entry> all = search(text);
        return new org.chainatlas.api.SearchPage(all.subList(0, Math.min(limit, all.size())), all.size() > limit);
    }

    @Override
    public Entry entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id) || e.qualifiedId().equals(id)).findFirst()
                .orElseThrow(() -> new AtlasException("no entry '" + id + "'; atlas:search finds entries"));
    }

    @Override
    public Place place(String idCodeOrName) {
        return places.stream().filter(p -> p.id().equals(idCodeOrName) || idCodeOrName.equals(p.code())
                        || idCodeOrName.equals(p.name().zh()) || idCodeOrName.equals(p.name().en()))
                .findFirst().orElseThrow(() -> new AtlasException("no place '" + idCodeOrName + "'"));
    }

    @Override
    public List<Figure> figures() {
        return List.of();
    }

    @Override
    public Statistics statistics(String layer) {
        if (layer == null) {
            return statistics;
        }
        layer(layer);
        return new Statistics(statistics.named(), statistics.pending(), statistics.layers().stream()
                .filter(l -> l.layer().id().equals(layer)).collect(Collectors.toList()));
    }

    @Override
    public AtlasSnapshot region(String region) {
        throw new UnsupportedOperationException("the shell's tests do not narrow by region");
    }

    @Override
    public AtlasSnapshot onlyLayer(String layer) {
        throw new UnsupportedOperationException("the shell's tests do not narrow by layer");
    }

    @Override
    public List<org.chainatlas.api.model.DatasetDocument> documents() {
        return List.of();
    }

    /** "facet:category" or "category", matching the category or any below it. */
    private boolean inCategory(Entry entry, String filter) {
        int colon = filter.indexOf(':');
        String facet = colon < 0 ? null : filter.substring(0, colon);
        String id = filter.substring(colon + 1);
        Optional<Category> category = layers.stream().flatMap(l -> l.facets().stream())
                .filter(f -> facet == null || f.id().equals(facet))
                .flatMap(f -> f.find(id).stream()).findFirst();
        if (category.isEmpty()) {
            throw new AtlasException("no category '" + filter + "'");
        }
        return entry.categories().entrySet().stream()
                .filter(e -> facet == null || e.getKey().equals(facet))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(category.get()::covers);
    }
}
