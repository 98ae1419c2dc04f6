package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.registry.format.CategoryContributions;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;

/**
 * Everything contributed to the atlas, immutable. Each change makes a new state that shares what
 * did not change: a dataset arriving builds its own segment only; a layer arriving or leaving
 * re-classifies every dataset (rare, and what pending entries need). Snapshots are cheap views.
 */
public final class AtlasState {
    private static final Function<OfLayer, String> LAYER_ID = new Function<>() {
        @Override
        public String apply(OfLayer c) {
            return c.layer().id();
        }
    };
    private static final Function<OfDataset, String> DATASET_ID = new Function<>() {
        @Override
        public String apply(OfDataset c) {
            return c.document().id();
        }
    };
    private static final Comparator<Contribution> BY_SERVICE_ID = new Comparator<>() {
        @Override
        public int compare(Contribution a, Contribution b) {
            return Long.compare(a.serviceId(), b.serviceId());
        }
    };
    private static final Comparator<OfDataset> BY_DATASET_ID = new Comparator<>() {
        @Override
        public int compare(OfDataset a, OfDataset b) {
            return a.document().id().compareTo(b.document().id());
        }
    };

    private final Map<Long, OfLayer> layers;
    private final Map<Long, OfDataset> datasets;
    private final List<LoadProblem> loadProblems;
    /** The state this one was derived from, until this one is built: what it built can be reused. */
    private volatile AtlasState previous;
    private volatile Built built;

    /** The indexes of a state, built when a snapshot is first asked of it. */
    private record Built(LayerIndex layerIndex, List<Segment> segments, List<LoadProblem> clashes) {
    }

    private AtlasState(Map<Long, OfLayer> layers, Map<Long, OfDataset> datasets, List<LoadProblem> loadProblems,
                       AtlasState previous) {
        this.layers = layers;
        this.datasets = datasets;
        this.loadProblems = List.copyOf(loadProblems);
        this.previous = previous;
    }

    /**
     * Built on first use, not per change: changes applied as one (the registry starting with four
     * layers and a dataset, an update) build once, not once per layer.
     */
    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    AtlasState before = lastBuilt(previous);
                    if (before == null && previous != null) {
                        // nothing before was ever built: build the state this one came from first,
                        // so that what is derived from it again reuses its segments
                        previous.built();
                        before = previous;
                    }
                    b = build(before);
                    built = b;
                    previous = null; // let the chain of states go
                }
            }
        }
        return b;
    }

    /** Whether this state's indexes exist yet (they are made by the first snapshot). */
    boolean isBuilt() {
        return built != null;
    }

    private static AtlasState lastBuilt(AtlasState from) {
        AtlasState s = from;
        while (s != null && s.built == null) {
            s = s.previous;
        }
        return s;
    }

    private Built build(AtlasState before) {
        List<LoadProblem> found = new ArrayList<>();
        Map<String, OfLayer> chosenLayers = firstById(layers.values(), LAYER_ID, "layer", found);
        Map<String, OfDataset> chosenDatasets = firstById(datasets.values(), DATASET_ID, "dataset", found);
        List<OfDataset> sorted = new ArrayList<>(chosenDatasets.values());
        sorted.sort(BY_DATASET_ID);
        LayerIndex layerIndex = new LayerIndex(mergedLayers(chosenLayers, sorted, found));
        // Segments are classified against the layers as merged: reusable only where those did not change.
        Map<Long, Segment> reusable = new HashMap<>();
        if (before != null && before.built.layerIndex().ordered().equals(layerIndex.ordered())) {
            layerIndex = before.built.layerIndex();
            for (Segment s : before.built.segments()) {
                reusable.put(s.source.serviceId(), s);
            }
        }
        List<Segment> segments = new ArrayList<>(sorted.size());
        for (OfDataset d : sorted) {
            Segment kept = reusable.get(d.serviceId());
            segments.add(kept != null && kept.source == d ? kept : Segment.build(d, layerIndex));
        }
        return new Built(layerIndex, List.copyOf(segments), List.copyOf(found));
    }

    /** The installed layers with the categories the datasets contribute; what cannot be merged is a load problem. */
    private static List<org.chainatlas.api.model.Layer> mergedLayers(Map<String, OfLayer> layers, List<OfDataset> datasets,
                                                                   List<LoadProblem> problems) {
        List<org.chainatlas.api.model.Layer> installed = new ArrayList<>();
        for (OfLayer l : layers.values()) {
            installed.add(l.layer());
        }
        List<org.chainatlas.api.model.DatasetDocument> documents = new ArrayList<>();
        Map<String, OfDataset> byId = new HashMap<>();
        for (OfDataset d : datasets) {
            documents.add(d.document());
            byId.put(d.document().id(), d);
        }
        CategoryContributions.Merged merged = CategoryContributions.merge(installed, documents);
        for (CategoryContributions.Refusal refusal : merged.refused()) {
            problems.add(new LoadProblem(byId.get(refusal.category().dataset()).bundle(),
                    "$.categories[" + refusal.index() + "]", refusal.message()));
        }
        return merged.layers();
    }

    public static AtlasState empty() {
        return new AtlasState(Map.of(), Map.of(), List.of(), null);
    }

    public static AtlasState of(List<OfLayer> layers, List<OfDataset> datasets, List<LoadProblem> problems) {
        Map<Long, OfLayer> l = new LinkedHashMap<>();
        for (OfLayer c : layers) {
            l.put(c.serviceId(), c);
        }
        Map<Long, OfDataset> d = new LinkedHashMap<>();
        for (OfDataset c : datasets) {
            d.put(c.serviceId(), c);
        }
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
        Built b = built();
        List<LoadProblem> problems = new ArrayList<>(loadProblems);
        problems.addAll(b.clashes());
        return new Snapshot(generation, b.layerIndex(), b.segments(), problems, List.copyOf(layers.values()));
    }

    /** The earliest contribution of each id wins; later ones are reported, never silently merged. */
    private static <C extends Contribution> Map<String, C> firstById(java.util.Collection<C> contributions,
            Function<C, String> id, String what, List<LoadProblem> problems) {
        List<C> sorted = new ArrayList<>(contributions);
        sorted.sort(BY_SERVICE_ID);
        Map<String, C> byId = new LinkedHashMap<>();
        for (C c : sorted) {
            C first = byId.putIfAbsent(id.apply(c), c);
            if (first != null) {
                problems.add(new LoadProblem(c.bundle(), null, what + " '" + id.apply(c)
                        + "' is already provided by " + first.bundle() + "; this copy is ignored"));
            }
        }
        return byId;
    }
}
