package org.chainatlas.registry.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chainatlas.api.model.DatasetDocument;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What the extender has read and validated before, kept in the registry's own data area (so
 * {@code --clean} forgets it with the bundle cache) in {@link org.chainatlas.registry.format.ValidatedForm}.
 *
 * <p>A data bundle's content is fixed for one revision: the key is its bundle id and
 * last-modified time, both of which change with every install and update. The folder is stamped
 * with the revisions of this registry and of the api bundle, whose code decides what "valid" means
 * and what the model looks like; after either changes, nothing earlier is trusted. Any fault here
 * only costs the time saved: the caller reads the JSON as if nothing were remembered.
 */
final class ValidatedDocuments {
    private static final Logger LOG = Logger.getLogger(ValidatedDocuments.class.getName());
    /**
     * The writer starts only once installs have been quiet this long (or the registry stops), so
     * that it does not take a core from the install it follows, which is still indexing.
     */
    private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final Path folder;
    /**
     * Encoding and writing happen here, in order, off the install's path: remembering a 10k-entry
     * dataset takes about 50 ms that nobody waits for. Created on first use.
     */
    private ExecutorService writer;
    private volatile long quietFrom;
    private volatile boolean closing;

    private ValidatedDocuments(Path folder) {
        this.folder = folder;
    }

    /** The memory in {@code context}'s data area, or one that remembers nothing when there is none. */
    static ValidatedDocuments in(BundleContext context) {
        File data = context.getDataFile("validated");
        if (data == null) {
            return new ValidatedDocuments(null);
        }
        Bundle api = FrameworkUtil.getBundle(DatasetDocument.class);
        String stamp = "r" + context.getBundle().getBundleId() + "-" + context.getBundle().getLastModified()
                + "-a" + (api == null ? 0 : api.getBundleId() + "-" + api.getLastModified());
        return new ValidatedDocuments(data.toPath().resolve(stamp)).withoutOthers(data.toPath());
    }

    /** The bytes remembered for this revision of {@code bundle}, or null. */
    byte[] get(Bundle bundle, String kind) {
        if (folder == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file(bundle, kind));
        } catch (IOException e) {
            return null; // not remembered (the usual case after an install or update)
        }
    }

    /**
     * The bytes remembered for another revision of {@code bundle} than this one, or null: after an
     * update that was cut short, the last revision that validated.
     */
    byte[] earlier(Bundle bundle, String kind) {
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        Path current = file(bundle, kind);
        try (var files = Files.newDirectoryStream(folder, bundle.getBundleId() + "-" + kind + "-*.bin")) {
            for (Path p : files) {
                if (!p.equals(current)) {
                    return Files.readAllBytes(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read earlier validated data of bundle " + bundle.getBundleId(), e);
        }
        return null;
    }

    /**
     * Remembers what {@code encoded} gives for this revision, soon: written aside and moved, so a
     * crash leaves no half file (and a run that ends first only leaves the JSON to be read again).
     */
    synchronized void put(Bundle bundle, String kind, Supplier<byte[]> encoded) {
        if (folder == null) {
            return;
        }
        long id = bundle.getBundleId();
        Path target = file(id, kind, bundle.getLastModified()); // now: an update changes it
        quietFrom = System.nanoTime() + SETTLE_NANOS;
        write(() -> {
            settle();
            try {
                Files.createDirectories(folder);
                delete(id);
                Path partial = Files.createTempFile(folder, "partial-", ".tmp");
                Files.write(partial, encoded.get());
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "cannot remember the validated data of bundle " + id, e);
            }
        });
    }

    /** Drops what is remembered for any revision of {@code bundle} (an update, an uninstall). */
    synchronized void forget(Bundle bundle) {
        if (folder == null) {
            return;
        }
        long id = bundle.getBundleId();
        write(() -> delete(id));
    }

    /** Lets what is queued be written at once (briefly: it is only a saving), then stops the writer. */
    synchronized void close() {
        closing = true;
        if (writer == null) {
            return;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer = null;
    }

    /** Waits, on the writer's thread, until installs have been quiet a while or the registry stops. */
    private void settle() {
        while (!closing) {
            long left = quietFrom - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)));
        }
    }

    private void write(Runnable task) {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chainatlas-validated-writer");
                t.setDaemon(true);
                return t;
            });
        }
        writer.execute(task);
    }

    private void delete(long id) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.newDirectoryStream(folder, id + "-*")) {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot forget the validated data of bundle " + id, e);
        }
    }

    private Path file(Bundle bundle, String kind) {
        return file(bundle.getBundleId(), kind, bundle.getLastModified());
    }

    private Path file(long id, String kind, long lastModified) {
        return folder.resolve(id + "-" + kind + "-" + lastModified + ".bin");
    }

    /** Folders stamped by an earlier registry or api revision describe code that is gone. */
    private ValidatedDocuments withoutOthers(Path root) {
        if (!Files.isDirectory(root)) {
            return this;
        }
        try (var stamps = Files.newDirectoryStream(root)) {
            for (Path stamp : stamps) {
                if (!stamp.equals(folder)) {
                    deleteTree(stamp);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot clear earlier validated data", e);
        }
        return this;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
