package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;

/**
 * Everything contributed to the atlas, immutable. Each change makes a new state that shares what
 * did not change: a dataset arriving builds its own segment only; a layer arriving or leaving
 * re-classifies every dataset (rare, and what pending entries need). Snapshots are cheap views.
 */
public final class AtlasState {
    private final Map<Long, OfLayer> layers;
    private final Map<Long, OfDataset> datasets;
    private final List<LoadProblem> loadProblems;
    private final LayerIndex layerIndex;
    private final List<Segment> segments;
    private final List<LoadProblem> clashes;

    private AtlasState(Map<Long, OfLayer> layers, Map<Long, OfDataset> datasets, List<LoadProblem> loadProblems,
                       AtlasState previous) {
        this.layers = layers;
        this.datasets = datasets;
        this.loadProblems = List.copyOf(loadProblems);
        List<LoadProblem> found = new ArrayList<>();
        Map<String, OfLayer> chosenLayers = firstById(layers.values(), c -> c.layer().id(), "layer", found);
        Map<String, OfDataset> chosenDatasets = firstById(datasets.values(), c -> c.document().id(), "dataset", found);
        this.clashes = List.copyOf(found);
        boolean sameLayers = previous != null && previous.layers.equals(layers);
        this.layerIndex = sameLayers ? previous.layerIndex
                : new LayerIndex(chosenLayers.values().stream().map(OfLayer::layer).toList());
        Map<Long, Segment> reusable = new HashMap<>();
        if (sameLayers) {
            previous.segments.forEach(s -> reusable.put(s.source.serviceId(), s));
        }
        this.segments = chosenDatasets.values().stream()
                .sorted(Comparator.comparing((OfDataset d) -> d.document().id()))
                .map(d -> {
                    Segment kept = reusable.get(d.serviceId());
                    return kept != null && kept.source == d ? kept : Segment.build(d, layerIndex);
                })
                .toList();
    }

    public static AtlasState empty() {
        return new AtlasState(Map.of(), Map.of(), List.of(), null);
    }

    public static AtlasState of(List<OfLayer> layers, List<OfDataset> datasets, List<LoadProblem> problems) {
        Map<Long, OfLayer> l = new LinkedHashMap<>();
        layers.forEach(c -> l.put(c.serviceId(), c));
        Map<Long, OfDataset> d = new LinkedHashMap<>();
        datasets.forEach(c -> d.put(c.serviceId(), c));
        return new AtlasState(Map.copyOf(l), Map.copyOf(d), problems, null);
    }

    public AtlasState withLayer(OfLayer layer) {
        Map<Long, OfLayer> next = new HashMap<>(layers);
        next.put(layer.serviceId(), layer);
        return new AtlasState(Map.copyOf(next), datasets, loadProblems, this);
    }

    public AtlasState withoutLayer(long serviceId) {
        Map<Long, OfLayer> next = new HashMap<>(layers);
        return next.remove(serviceId) == null ? this : new AtlasState(Map.copyOf(next), datasets, loadProblems, this);
    }

    public AtlasState withDataset(OfDataset dataset) {
        Map<Long, OfDataset> next = new HashMap<>(datasets);
        next.put(dataset.serviceId(), dataset);
        return new AtlasState(layers, Map.copyOf(next), loadProblems, this);
    }

    public AtlasState withoutDataset(long serviceId) {
        Map<Long, OfDataset> next = new HashMap<>(datasets);
        return next.remove(serviceId) == null ? this : new AtlasState(layers, Map.copyOf(next), loadProblems, this);
    }

    public AtlasState withProblems(List<LoadProblem> problems) {
        return new AtlasState(layers, datasets, problems, this);
    }

    public Snapshot snapshot(long generation) {
        List<LoadProblem> problems = new ArrayList<>(loadProblems);
        problems.addAll(clashes);
        return new Snapshot(generation, layerIndex, segments, problems, List.copyOf(layers.values()));
    }

    /** The earliest contribution of each id wins; later ones are reported, never silently merged. */
    private static <C extends Contribution> Map<String, C> firstById(java.util.Collection<C> contributions,
            Function<C, String> id, String what, List<LoadProblem> problems) {
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
