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
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.assembly.AtlasState;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
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
 * <p>Each change makes a new {@link AtlasState} that rebuilds only what the change touches (one
 * dataset's segment; every segment only when a layer comes or goes) and publishes a new immutable
 * snapshot of it, a cheap view, through one volatile field: no reader ever sees half a change.
 */
@Component(service = {Atlas.class, AtlasRegistry.class}, immediate = true)
@Capability(namespace = "osgi.extender", name = "org.chainatlas.layer", version = "1.0.0")
@Capability(namespace = "osgi.extender", name = "org.chainatlas.dataset", version = "1.0.0")
public final class AtlasRegistry implements Atlas {
    private static final Logger LOG = Logger.getLogger(AtlasRegistry.class.getName());

    /** Load problems by origin: a bundle id, or a file that failed to install. */
    private final Map<Object, List<LoadProblem>> problems = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long generation;
    private AtlasState state = AtlasState.empty();
    /** While above zero, changes apply to the state but readers keep the last published snapshot. */
    private int holding;
    private volatile AtlasSnapshot current = state.snapshot(0);
    private final List<AtlasListener> listeners = new CopyOnWriteArrayList<>();
    private ContentStore store;
    private Intake intake;
    private DataBundleExtender extender;
    private ChangeNotifier notifier;

    @Activate
    void activate(BundleContext context) {
        notifier = new ChangeNotifier(this, listeners);
        store = ContentStore.in(context.getDataFile("store").toPath(), stamp(context));
        intake = new Intake(context, this, store, IntakeLimits.from(context::getProperty));
        extender = new DataBundleExtender(context, this, intake);
        hold(); // the layers and datasets already installed: one snapshot, built once
        try {
            extender.open();
            intake.restoreLost();
        } finally {
            release();
        }
    }

    /**
     * Names the registry and api revisions: their code decides what "valid" means and what the
     * model looks like, so validated forms made under another stamp are not trusted.
     */
    private static String stamp(BundleContext context) {
        Bundle api = FrameworkUtil.getBundle(DatasetDocument.class);
        return "r" + context.getBundle().getBundleId() + "-" + context.getBundle().getLastModified()
                + "-a" + (api == null ? 0 : api.getBundleId() + "-" + api.getLastModified());
    }

    /** The one way in, for the installer service. */
    Intake intake() {
        return intake;
    }

    @Deactivate
    void deactivate() {
        synchronized (lock) {
            holding++; // never released: what stopping withdraws is not worth a snapshot nobody reads
        }
        extender.close();
        store.close();
        notifier.close();
    }

    @Override
    public AtlasSnapshot snapshot() {
        return current;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLayer(LayerCatalogue catalogue, ServiceReference<LayerCatalogue> ref) {
        OfLayer layer = new OfLayer(catalogue.layer(), bundleOf(ref), serviceId(ref));
        synchronized (lock) {
            apply(state.withLayer(layer));
        }
        changed();
    }

    void unbindLayer(LayerCatalogue catalogue, ServiceReference<LayerCatalogue> ref) {
        synchronized (lock) {
            apply(state.withoutLayer(serviceId(ref)));
        }
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDataset(Dataset dataset, ServiceReference<Dataset> ref) {
        OfDataset contribution = new OfDataset(dataset.document(), bundleOf(ref), serviceId(ref));
        synchronized (lock) {
            apply(state.withDataset(contribution));
        }
        changed();
    }

    void unbindDataset(Dataset dataset, ServiceReference<Dataset> ref) {
        synchronized (lock) {
            apply(state.withoutDataset(serviceId(ref)));
        }
        changed();
    }

    /**
     * Runs {@code work} (an update: the old bundle stops, the new one starts) with publication held
     * back, so readers see the old dataset until the new one is whole, never a moment without it.
     */
    void asOneChange(Runnable work) {
        hold();
        try {
            work.run();
        } finally {
            release();
        }
    }

    private void hold() {
        synchronized (lock) {
            holding++;
        }
    }

    /** Ends a {@link #hold()}; the last one publishes everything applied meanwhile as one snapshot. */
    private void release() {
        synchronized (lock) {
            if (--holding == 0) {
                current = state.snapshot(++generation);
            }
        }
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
            for (LoadProblem p : found) {
                LOG.warning(p.bundle() + " " + p.resource() + ": " + p.message());
            }
        }
        synchronized (lock) {
            List<LoadProblem> all = new ArrayList<>();
            for (List<LoadProblem> some : problems.values()) {
                all.addAll(some);
            }
            apply(state.withProblems(all));
        }
        changed();
    }

    /**
     * Makes {@code next} (one change to the state, building only what it touches) the state and
     * publishes its snapshot unless publication is held. Called under the lock, so changes apply
     * one at a time and each is seen whole or not at all. (No lambdas on this path: every start
     * binds each layer and dataset here; see the assembly package's notes.)
     */
    private void apply(AtlasState next) {
        state = next;
        if (holding == 0) {
            current = state.snapshot(++generation);
        }
    }

    private void changed() {
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
