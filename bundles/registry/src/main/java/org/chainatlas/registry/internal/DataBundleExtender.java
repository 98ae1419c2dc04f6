package org.chainatlas.registry.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.chainatlas.api.Dataset;
import org.chainatlas.api.LayerCatalogue;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.format.DatasetBundles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The extender for data-only bundles: a bundle whose manifest names a layer ({@value #LAYER_HEADER})
 * or a dataset ({@value #DATASET_HEADER}) JSON gets a {@link LayerCatalogue} or {@link Dataset}
 * service registered in its own name, so the service lives exactly as long as the bundle is active.
 * What a bundle serves is the {@link Intake}'s answer: a bundle whose JSON is refused registers
 * its last good version, or nothing, and is reported with the reason.
 */
final class DataBundleExtender implements BundleTrackerCustomizer<DataBundleExtender.Tracked> {
    private static final String LAYER_HEADER = DatasetBundles.LAYER_HEADER;
    private static final String DATASET_HEADER = DatasetBundles.HEADER;
    private static final String LAYER_KIND = "layer";
    private static final String DATASET_KIND = "dataset";

    /** What the extender did for one bundle: the services it registered, or the problems it found. */
    record Tracked(List<ServiceRegistration<?>> registrations, List<LoadProblem> problems) {
    }

    /** The layer a data bundle holds, served in its name (a service object: equal only to itself). */
    private static final class ServedLayer implements LayerCatalogue {
        private final Layer layer;

        ServedLayer(Layer layer) {
            this.layer = layer;
        }

        @Override
        public Layer layer() {
            return layer;
        }
    }

    /** The dataset a data bundle holds, served in its name (a service object: equal only to itself). */
    private static final class ServedDataset implements Dataset {
        private final DatasetDocument document;

        ServedDataset(DatasetDocument document) {
            this.document = document;
        }

        @Override
        public DatasetDocument document() {
            return document;
        }
    }

    private final BundleTracker<Tracked> tracker;
    /** Hears each bundle's load problems. */
    private final AtlasRegistry registry;
    /** Admits and validates what each bundle holds, reusing what was validated before. */
    private final Intake intake;
    private final BundleListener forgetUninstalled = new BundleListener() {
        @Override
        public void bundleChanged(BundleEvent event) {
            if (event.getType() == BundleEvent.UNINSTALLED) {
                intake.uninstalled(event.getBundle());
            }
        }
    };
    private final BundleContext context;

    DataBundleExtender(BundleContext context, AtlasRegistry registry, Intake intake) {
        this.registry = registry;
        this.intake = intake;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        this.context = context;
    }

    void open() {
        context.addBundleListener(forgetUninstalled);
        tracker.open();
    }

    void close() {
        tracker.close();
        context.removeBundleListener(forgetUninstalled);
    }

    @Override
    public Tracked addingBundle(Bundle bundle, BundleEvent event) {
        String layerPath = bundle.getHeaders("").get(LAYER_HEADER);
        String datasetPath = bundle.getHeaders("").get(DATASET_HEADER);
        if (layerPath == null && datasetPath == null) {
            return null;
        }
        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        if (layerPath != null) {
            serve(bundle, Intake.LAYER, layerPath.strip(), registrations, problems);
        }
        if (datasetPath != null && problems.isEmpty()) {
            serve(bundle, Intake.DATASET, datasetPath.strip(), registrations, problems);
        }
        if (!problems.isEmpty()) {
            registry.reportProblems(bundle.getBundleId(), List.copyOf(problems));
        }
        return new Tracked(registrations, problems);
    }

    /** Registers what the intake says the bundle serves (its own data, or its last good version), in its name. */
    private void serve(Bundle bundle, String kind, String path, List<ServiceRegistration<?>> out, List<LoadProblem> problems) {
        Intake.Serving serving = intake.serve(bundle, kind, path);
        problems.addAll(serving.problems());
        Dictionary<String, Object> props = new Hashtable<>();
        if (serving.value() instanceof Layer layer) {
            props.put(LayerCatalogue.LAYER_ID, layer.id());
            out.add(bundle.getBundleContext().registerService(LayerCatalogue.class, new ServedLayer(layer), props));
        } else if (serving.value() instanceof DatasetDocument document) {
            props.put(Dataset.DATASET_ID, document.id());
            props.put(Dataset.DATASET_VERSION, document.version());
            out.add(bundle.getBundleContext().registerService(Dataset.class, new ServedDataset(document), props));
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        // Data is read once per start; an update stops and restarts the bundle.
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        for (ServiceRegistration<?> registration : tracked.registrations()) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // The framework unregisters a stopping bundle's services itself.
            }
        }
        if (!tracked.problems().isEmpty()) {
            registry.reportProblems(bundle.getBundleId(), List.of());
        }
    }
}
