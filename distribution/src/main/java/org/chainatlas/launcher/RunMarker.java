package org.chainatlas.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A file that exists while the atlas runs. Found at start, it means the last run was killed or
 * crashed: after booting, the user is told what the bundle cache brought back (each dataset is a
 * bundle, so it is there whole or not at all).
 */
final class RunMarker implements AutoCloseable {
    private final Path file;
    private final boolean interrupted;

    private RunMarker(Path file, boolean interrupted) {
        this.file = file;
        this.interrupted = interrupted;
    }

    /** Called with the storage lock held, so no other run can be the marker's owner. */
    static RunMarker place(Path storage) {
        Path file = storage.resolveSibling("running");
        boolean interrupted = Files.exists(file);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]); // its being there is the message (ProcessHandle costs a start 6 ms)
        } catch (IOException e) {
            // Without the marker we only lose the notice after a crash.
        }
        return new RunMarker(file, interrupted);
    }

    boolean interrupted() {
        return interrupted;
    }

    /** One line: what the atlas holds after an interrupted run. */
    static String recovered(BundleContext context) {
        List<String> datasets = describe(context, "org.chainatlas.api.Dataset", "chainatlas.dataset.id", "chainatlas.dataset.version");
        List<String> layers = describe(context, "org.chainatlas.api.LayerCatalogue", "chainatlas.layer.id", null);
        return "atlas: the previous run ended without closing; recovered from the bundle cache, each whole: "
                + datasets.size() + (datasets.size() == 1 ? " dataset" : " datasets")
                + (datasets.isEmpty() ? "" : " (" + String.join(", ", datasets) + ")")
                + " and " + layers.size() + (layers.size() == 1 ? " layer" : " layers")
                + (layers.isEmpty() ? "" : " (" + String.join(", ", layers) + ")");
    }

    private static List<String> describe(BundleContext context, String service, String id, String version) {
        TreeSet<String> names = new TreeSet<>();
        try {
            ServiceReference<?>[] references = context.getServiceReferences(service, null);
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                Object name = reference.getProperty(id);
                Object v = version == null ? null : reference.getProperty(version);
                names.add(name + (v == null ? "" : " " + v));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(names);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next run will say the last one did not close; harmless.
        }
    }
}
