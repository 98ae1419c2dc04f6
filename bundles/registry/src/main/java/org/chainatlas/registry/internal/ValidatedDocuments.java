package org.chainatlas.registry.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private final Path folder;

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

    /** Remembers {@code bytes} for this revision; written aside and moved, so a crash leaves no half file. */
    void put(Bundle bundle, String kind, byte[] bytes) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            forget(bundle);
            Path target = file(bundle, kind);
            Path partial = Files.createTempFile(folder, "partial-", ".tmp");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot remember the validated data of bundle " + bundle.getBundleId(), e);
        }
    }

    /** Drops what is remembered for any revision of {@code bundle} (an update, an uninstall). */
    void forget(Bundle bundle) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        String prefix = bundle.getBundleId() + "-";
        try (var files = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot forget the validated data of bundle " + bundle.getBundleId(), e);
        }
    }

    private Path file(Bundle bundle, String kind) {
        return folder.resolve(bundle.getBundleId() + "-" + kind + "-" + bundle.getLastModified() + ".bin");
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
