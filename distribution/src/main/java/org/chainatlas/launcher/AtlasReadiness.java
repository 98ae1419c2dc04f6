package org.chainatlas.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Waits until the atlas can answer: the Atlas service and the atlas:* commands are registered.
 * With the bundles as they are, Felix's {@code start()} returns after all of it (SCR activates
 * components, and the registry reads the data-only bundles, on the start-level thread), so this
 * costs about a millisecond; it is there for a bundle that registers later, and to turn a missing
 * piece into one clear sentence instead of "no command 'atlas:stats'".
 */
final class AtlasReadiness {

    static final String ATLAS = "(objectClass=org.chainatlas.api.Atlas)";
    static final String COMMANDS = "(osgi.command.scope=atlas)";

    private final BundleContext context;

    AtlasReadiness(BundleContext context) {
        this.context = context;
    }

    void await(Duration timeout) throws LaunchException {
        Object changed = new Object();
        ServiceListener listener = event -> {
            synchronized (changed) {
                changed.notifyAll();
            }
        };
        try {
            context.addServiceListener(listener, "(|" + ATLAS + COMMANDS + ")");
            awaitRegistered(changed, System.nanoTime() + timeout.toNanos(), timeout);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while the atlas was starting");
        } finally {
            context.removeServiceListener(listener);
        }
    }

    private void awaitRegistered(Object changed, long deadline, Duration timeout)
            throws InterruptedException, LaunchException {
        synchronized (changed) {
            while (missing() != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new LaunchException(notReady(timeout));
                }
                changed.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** What is not there yet, or null when nothing is missing. */
    private String missing() {
        if (!registered(ATLAS)) {
            return "no Atlas service is registered";
        }
        return registered(COMMANDS) ? null : "no atlas:* commands are registered";
    }

    private boolean registered(String filter) {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null, filter);
            return references != null && references.length > 0;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String notReady(Duration timeout) {
        String message = "the atlas is not ready after " + timeout.toSeconds() + " s: " + missing();
        List<String> inactive = inactiveBundles();
        if (!inactive.isEmpty()) {
            message += "; not active: " + String.join(", ", inactive);
        }
        return message + "; see log/chainatlas.log";
    }

    /** Bundles of bundle/ that should run at the current level but do not. */
    private List<String> inactiveBundles() {
        int level = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        List<String> inactive = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (BundleDirectory.isFromBundleDirectory(bundle) && bundle.getState() != Bundle.ACTIVE
                    && !BundleDirectory.isFragment(bundle) && bundle.adapt(BundleStartLevel.class).getStartLevel() <= level) {
                inactive.add(bundle.getSymbolicName());
            }
        }
        return inactive;
    }
}
