package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;

/**
 * Assembles layers and datasets into one {@link Snapshot}. Pure: the same contributions give the
 * same atlas, so it is tested without a framework.
 */
public final class AtlasAssembler {

    private AtlasAssembler() {
    }

    public static Snapshot assemble(long generation, List<OfLayer> layerContributions,
                                    List<OfDataset> datasetContributions, List<LoadProblem> loadProblems) {
        List<LoadProblem> problems = new ArrayList<>(loadProblems);
        Map<String, OfLayer> layers = firstById(layerContributions, c -> c.layer().id(), "layer", problems);
        Map<String, OfDataset> datasets = firstById(datasetContributions, c -> c.document().id(), "dataset", problems);
        List<Layer> ordered = layers.values().stream().map(OfLayer::layer)
                .sorted(Comparator.comparingInt(Layer::rank).thenComparing(Layer::id)).toList();
        Map<String, Layer> layerById = new LinkedHashMap<>();
        ordered.forEach(l -> layerById.put(l.id(), l));

        List<Entry> attached = new ArrayList<>();
        List<PendingEntry> pending = new ArrayList<>();
        List<DatasetStatus> statuses = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<OfDataset> byId = datasets.values().stream()
                .sorted(Comparator.comparing((OfDataset d) -> d.document().id())).toList();
        for (OfDataset dataset : byId) {
            int before = pending.size();
            for (Entry entry : dataset.document().entries()) {
                Optional<String> reason = whyPending(entry, layerById);
                if (reason.isPresent()) {
                    pending.add(new PendingEntry(entry, reason.get()));
                } else {
                    attached.add(entry);
                }
            }
            List<PendingEntry> own = pending.subList(before, pending.size());
            statuses.add(status(dataset, own));
            places.addAll(dataset.document().places());
            figures.addAll(dataset.document().figures());
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        ordered.forEach(l -> rank.put(l.id(), l.rank()));
        attached.sort(Comparator.comparingInt((Entry e) -> rank.get(e.layer())));
        return new Snapshot(generation, List.copyOf(layers.values()), List.copyOf(datasets.values()), ordered, statuses,
                problems, attached, pending, new PlaceTree(places), figures);
    }

    /** Why an entry cannot be shown yet: its layer is missing, or it names a facet or category the layer lacks. */
    static Optional<String> whyPending(Entry entry, Map<String, Layer> layers) {
        Layer layer = layers.get(entry.layer());
        if (layer == null) {
            return Optional.of("layer '" + entry.layer() + "' is not installed");
        }
        for (Map.Entry<String, List<String>> assigned : entry.categories().entrySet()) {
            Optional<Facet> facet = layer.facet(assigned.getKey());
            if (facet.isEmpty()) {
                return Optional.of("layer '" + layer.id() + "' has no facet '" + assigned.getKey() + "'");
            }
            for (String category : assigned.getValue()) {
                if (facet.get().find(category).isEmpty()) {
                    return Optional.of("facet '" + facet.get().id() + "' of layer '" + layer.id()
                            + "' has no category '" + category + "'");
                }
            }
        }
        return Optional.empty();
    }

    private static DatasetStatus status(OfDataset dataset, List<PendingEntry> pending) {
        var doc = dataset.document();
        LinkedHashSet<String> reasons = new LinkedHashSet<>();
        pending.forEach(p -> reasons.add(p.reason()));
        return new DatasetStatus(doc.id(), doc.version(), doc.title(), doc.region(), dataset.bundle(),
                doc.entries().size(), pending.size(), List.copyOf(reasons));
    }

    /** The earliest contribution of each id wins; later ones are reported, never silently merged. */
    private static <C extends Contribution> Map<String, C> firstById(List<C> contributions,
            java.util.function.Function<C, String> id, String what, List<LoadProblem> problems) {
        Map<String, C> byId = new LinkedHashMap<>();
        contributions.stream().sorted(Comparator.comparingLong(Contribution::serviceId)).forEach(c -> {
            C first = byId.putIfAbsent(id.apply(c), c);
            if (first != null) {
                problems.add(new LoadProblem(c.bundle(), null, what + " '" + id.apply(c)
                        + "' is already provided by " + first.bundle() + "; this copy is ignored"));
            }
        });
        return byId;
    }
}
