package org.chainatlas.registry.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasListener;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.registry.assembly.Changes;

/**
 * Tells {@link AtlasListener}s what changed, on its own thread and shortly after the fact, so a
 * burst of service events (a boot, an update) becomes one notification and no bundle event
 * thread waits on a listener.
 */
final class ChangeNotifier {
    private static final Logger LOG = Logger.getLogger(ChangeNotifier.class.getName());
    private static final long SETTLE_MS = 30;

    private final Atlas atlas;
    private final List<AtlasListener> listeners;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "chainatlas-notifier");
            t.setDaemon(true);
            return t;
        }
    });
    /** Every start schedules this: a class, not a lambda (see the assembly package's notes). */
    private final Runnable notifying = new Runnable() {
        @Override
        public void run() {
            notifyListeners();
        }
    };
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private AtlasSnapshot lastSeen;

    ChangeNotifier(Atlas atlas, List<AtlasListener> listeners) {
        this.atlas = atlas;
        this.listeners = listeners;
    }

    void changed() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.schedule(notifying, SETTLE_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                scheduled.set(false);
            }
        }
    }

    private void notifyListeners() {
        scheduled.set(false);
        AtlasSnapshot now = atlas.snapshot();
        AtlasSnapshot before = lastSeen;
        lastSeen = now;
        if (before == null || listeners.isEmpty()) {
            return; // the first state is the starting point, not news
        }
        List<AtlasChange> changes = Changes.between(before, now);
        if (changes.isEmpty()) {
            return;
        }
        for (AtlasListener listener : listeners) {
            try {
                listener.atlasChanged(now, changes);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an atlas listener failed", e);
            }
        }
    }

    void close() {
        executor.shutdownNow();
    }
}
