package org.chainatlas.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasListener;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.Dataset;
import org.chainatlas.api.LayerCatalogue;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.registry.assembly.AtlasAssembler;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The whiteboard: every {@link LayerCatalogue} and {@link Dataset} service, from code bundles or
 * from data-only bundles through the extender, assembled into one {@link Atlas}.
 *
 * <p>Changes only mark the atlas stale; the next reader assembles a new immutable snapshot under
 * the lock. A burst of arrivals (the boot, a refresh) thus costs one assembly, not one per service,
 * and no reader ever sees half a change.
 */
@Component(service = {Atlas.class, AtlasRegistry.class}, immediate = true)
@Capability(namespace = "osgi.extender", name = "org.chainatlas.layer", version = "1.0.0")
@Capability(namespace = "osgi.extender", name = "org.chainatlas.dataset", version = "1.0.0")
public final class AtlasRegistry implements Atlas {
    private static final Logger LOG = Logger.getLogger(AtlasRegistry.class.getName());

    private final Map<Long, OfLayer> layers = new ConcurrentHashMap<>();
    private final Map<Long, OfDataset> datasets = new ConcurrentHashMap<>();
    /** Load problems by origin: a bundle id, or a file that failed to install. */
    private final Map<Object, List<LoadProblem>> problems = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long generation;
    private volatile boolean stale = true;
    private volatile AtlasSnapshot current;
    private final List<AtlasListener> listeners = new CopyOnWriteArrayList<>();
    private DataBundleExtender extender;
    private ChangeNotifier notifier;

    @Activate
    void activate(BundleContext context) {
        notifier = new ChangeNotifier(this, listeners);
        extender = new DataBundleExtender(context, (id, found) -> reportProblems(id, found), () -> snapshot().layers());
        extender.open();
    }

    @Deactivate
    void deactivate() {
        extender.close();
        notifier.close();
    }

    @Override
    public AtlasSnapshot snapshot() {
        AtlasSnapshot snapshot = current;
        if (!stale && snapshot != null) {
            return snapshot;
        }
        synchronized (lock) {
            if (stale || current == null) {
                stale = false;
                List<LoadProblem> allProblems = new ArrayList<>();
                problems.values().forEach(allProblems::addAll);
                current = AtlasAssembler.assemble(++generation, List.copyOf(layers.values()),
                        List.copyOf(datasets.values()), allProblems);
            }
            return current;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLayer(LayerCatalogue catalogue, ServiceReference<LayerCatalogue> ref) {
        layers.put(serviceId(ref), new OfLayer(catalogue.layer(), bundleOf(ref), serviceId(ref)));
        changed();
    }

    void unbindLayer(LayerCatalogue catalogue, ServiceReference<LayerCatalogue> ref) {
        layers.remove(serviceId(ref));
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDataset(Dataset dataset, ServiceReference<Dataset> ref) {
        datasets.put(serviceId(ref), new OfDataset(dataset.document(), bundleOf(ref), serviceId(ref)));
        changed();
    }

    void unbindDataset(Dataset dataset, ServiceReference<Dataset> ref) {
        datasets.remove(serviceId(ref));
        changed();
    }

    /** Replaces what is known to be wrong with {@code origin} (a bundle id or a file); empty clears it. */
    void reportProblems(Object origin, List<LoadProblem> found) {
        if (found.isEmpty()) {
            if (problems.remove(origin) == null) {
                return;
            }
        } else {
            problems.put(origin, found);
            found.forEach(p -> LOG.warning(p.bundle() + " " + p.resource() + ": " + p.message()));
        }
        changed();
    }

    /** Marks the atlas stale; taken under the lock so a reader assembling now sees it afterwards. */
    private void changed() {
        synchronized (lock) {
            stale = true;
        }
        ChangeNotifier n = notifier;
        if (n != null) {
            n.changed();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindListener(AtlasListener listener) {
        listeners.add(listener);
    }

    void unbindListener(AtlasListener listener) {
        listeners.remove(listener);
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private static String bundleOf(ServiceReference<?> ref) {
        return ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
    }
}
