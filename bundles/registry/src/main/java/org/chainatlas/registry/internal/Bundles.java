package org.chainatlas.registry.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/** Refreshing one bundle's wires after it changed, which only a bundle that exports packages needs. */
final class Bundles {

    private Bundles() {
    }

    /**
     * Whether the bundle's own jar holds a class file. Walks its entries rather than calling
     * {@code findEntries}, which would resolve a bundle that should not be resolved yet.
     */
    static boolean carriesClasses(Bundle bundle) {
        java.util.ArrayDeque<String> folders = new java.util.ArrayDeque<>(List.of("/"));
        while (!folders.isEmpty()) {
            java.util.Enumeration<String> paths = bundle.getEntryPaths(folders.pop());
            while (paths != null && paths.hasMoreElements()) {
                String path = paths.nextElement();
                if (path.endsWith("/")) {
                    folders.push(path);
                } else if (path.endsWith(".class")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only a bundle that exports packages leaves stale wires behind when it is updated or uninstalled. */
    static boolean exportsPackages(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && !revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE).isEmpty();
    }

    /** Refreshes {@code bundle} alone, not the framework, waiting (briefly) until it is done. */
    static void refresh(BundleContext context, Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
