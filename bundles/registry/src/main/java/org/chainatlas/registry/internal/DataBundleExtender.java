package org.chainatlas.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chainatlas.api.Dataset;
import org.chainatlas.api.LayerCatalogue;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.Problem;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.Validation;
import org.chainatlas.registry.format.DatasetChecks;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.DataOnly;
import org.chainatlas.registry.format.FormatException;
import org.chainatlas.registry.format.LayerReader;
import org.chainatlas.registry.format.ValidatedForm;
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
 * A bundle whose JSON cannot be read registers nothing and is reported with the reason.
 */
final class DataBundleExtender implements BundleTrackerCustomizer<DataBundleExtender.Tracked> {
    static final String LAYER_HEADER = "ChainAtlas-Layer";
    static final String DATASET_HEADER = "ChainAtlas-Dataset";
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
    /** Hears each bundle's load problems, gives the layers to check against and what the installer vouched for. */
    private final AtlasRegistry registry;
    /** What earlier starts read and validated, so that a restart does not parse and check it again. */
    private final ValidatedDocuments validated;
    /** The last dataset each bundle (by symbolic name) served, kept across its updates, dropped on uninstall. */
    private final Map<String, DatasetDocument> lastGood = new ConcurrentHashMap<>();
    private final BundleListener forgetUninstalled = new BundleListener() {
        @Override
        public void bundleChanged(BundleEvent event) {
            forgetUninstalled(event);
        }
    };
    private final BundleContext context;

    DataBundleExtender(BundleContext context, AtlasRegistry registry, ValidatedDocuments validated) {
        this.registry = registry;
        this.validated = validated;
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
        validated.close();
    }

    private void forgetUninstalled(BundleEvent event) {
        if (event.getType() == BundleEvent.UNINSTALLED) {
            lastGood.remove(event.getBundle().getSymbolicName());
            validated.forget(event.getBundle());
        }
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
        String code = carriesCode(bundle);
        if (code != null) {
            problems.add(new LoadProblem(bundle.getSymbolicName(), null, "a data bundle must hold data only, but it "
                    + code + "; it is not loaded (a code bundle registers its LayerCatalogue or Dataset service itself)"));
        } else if (layerPath != null) {
            registerLayer(bundle, layerPath.strip(), registrations, problems);
        }
        if (code == null && datasetPath != null) {
            registerDataset(bundle, datasetPath.strip(), registrations, problems);
        }
        if (!problems.isEmpty()) {
            registry.reportProblems(bundle.getBundleId(), List.copyOf(problems));
        }
        return new Tracked(registrations, problems);
    }

    /** Why the bundle is not data only (see {@link DataOnly}), or null. */
    private static String carriesCode(Bundle bundle) {
        var classes = bundle.findEntries("/", "*.class", true);
        return DataOnly.codeIn(bundle.getHeaders("")::get, classes != null && classes.hasMoreElements());
    }

    private void registerLayer(Bundle bundle, String path, List<ServiceRegistration<?>> out, List<LoadProblem> problems) {
        try {
            Layer layer = rememberedLayer(bundle);
            if (layer == null) {
                layer = LayerReader.read(read(bundle, path));
                Layer read = layer;
                validated.put(bundle, LAYER_KIND, () -> ValidatedForm.encode(read));
            }
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(LayerCatalogue.LAYER_ID, layer.id());
            out.add(bundle.getBundleContext().registerService(LayerCatalogue.class, new ServedLayer(layer), props));
        } catch (FormatException | IOException e) {
            problems.add(new LoadProblem(bundle.getSymbolicName(), path, e.getMessage()));
        }
    }

    /**
     * Registers the dataset if it validates. If it does not, or cannot be read, and an earlier
     * revision of the same bundle did validate (a bad update, or one a crash cut short), that
     * earlier dataset keeps serving: an update is all or nothing, across restarts too.
     */
    private void registerDataset(Bundle bundle, String path, List<ServiceRegistration<?>> out, List<LoadProblem> problems) {
        try {
            DatasetDocument remembered = rememberedDataset(bundle);
            if (remembered != null && !hasError(DatasetChecks.check(remembered, registry.installedLayers(), registry.installedPlaces()))) {
                lastGood.put(bundle.getSymbolicName(), remembered);
                register(bundle, remembered, out);
                return;
            }
            DatasetDocument checked = registry.vouchedFor(bundle);
            if (checked != null) {
                lastGood.put(bundle.getSymbolicName(), checked);
                register(bundle, checked, out);
                validated.put(bundle, DATASET_KIND, () -> ValidatedForm.encode(checked));
                return;
            }
            byte[] json = read(bundle, path);
            Validation validation = DatasetValidator.validate(path, json, registry.installedLayers(), registry.installedPlaces());
            DatasetDocument document = validation.document();
            if (!validation.ok()) {
                keepEarlier(bundle, path, DatasetValidator.refusal(validation), out, problems);
                return;
            }
            validated.put(bundle, DATASET_KIND, () -> ValidatedForm.encode(document));
            lastGood.put(bundle.getSymbolicName(), document);
            register(bundle, document, out);
        } catch (IOException e) {
            keepEarlier(bundle, path, e.getMessage(), out, problems);
        }
    }

    /**
     * Reports why this revision is refused, and serves the last one that validated: from this run,
     * or remembered from an earlier one (its record stays until a newer revision validates).
     */
    private void keepEarlier(Bundle bundle, String path, String why, List<ServiceRegistration<?>> out,
                             List<LoadProblem> problems) {
        DatasetDocument previous = lastGood.get(bundle.getSymbolicName());
        if (previous == null) {
            previous = decodeDataset(validated.earlier(bundle, DATASET_KIND));
        }
        problems.add(new LoadProblem(bundle.getSymbolicName(), path,
                why + (previous == null ? "" : "; version " + previous.version() + " keeps serving")));
        if (previous != null) {
            lastGood.put(bundle.getSymbolicName(), previous);
            register(bundle, previous, out);
        }
    }

    /**
     * The layer this revision of {@code bundle} held when it was last read, or null. Layers are
     * checked by their content alone, so what passed once passes again.
     */
    private Layer rememberedLayer(Bundle bundle) {
        byte[] bytes = validated.get(bundle, LAYER_KIND);
        try {
            return bytes == null ? null : ValidatedForm.decodeLayer(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // damaged: read the JSON instead
        }
    }

    /**
     * The dataset this revision of {@code bundle} held when it last validated, or null. What it
     * refers to in the layers may have changed since: the caller checks that again. (Warnings, such
     * as a layer not installed yet, do not stop a dataset, so only errors send it back to the JSON.)
     */
    private DatasetDocument rememberedDataset(Bundle bundle) {
        return decodeDataset(validated.get(bundle, DATASET_KIND));
    }

    private static DatasetDocument decodeDataset(byte[] bytes) {
        try {
            return bytes == null ? null : ValidatedForm.decodeDataset(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void register(Bundle bundle, DatasetDocument document, List<ServiceRegistration<?>> out) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Dataset.DATASET_ID, document.id());
        props.put(Dataset.DATASET_VERSION, document.version());
        out.add(bundle.getBundleContext().registerService(Dataset.class, new ServedDataset(document), props));
    }

    private static boolean hasError(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            throw new IOException("the bundle has no file '" + path + "' named by its manifest");
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
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
