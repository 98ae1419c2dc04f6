package org.chainatlas.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chainatlas.registry.format.DatasetBundles;

/**
 * The intake's memory, in the registry's data area (so {@code --clean} forgets it with the bundle
 * cache). Everything in it is keyed by content or by symbolic name, never by a bundle id or a
 * time, so nothing can be found under the wrong key:
 *
 * <ul>
 * <li>{@code objects/SHA-256.jar}: the bytes of every bundle the intake installed, to put back a
 *     bundle whose cache entry was lost and to undo an update that failed;</li>
 * <li>{@code validated/STAMP/SHA-256.bin}: the validated form of a layer or dataset JSON with that
 *     digest (see {@link org.chainatlas.registry.format.ValidatedForm}); the stamp names the
 *     registry and api revisions, whose code decides what "valid" means, so after either changes
 *     nothing earlier is trusted;</li>
 * <li>{@code served/SYMBOLIC-NAME.properties}: each data bundle's last good version, and each bundle
 *     the intake installed ({@link Served}).</li>
 * </ul>
 *
 * Every file is written aside and moved into place, so a crash never leaves half a file; a damaged
 * or missing validated form only costs the time of validating again.
 */
final class ContentStore {
    private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());

    /**
     * The last good version of one data bundle: which revision of the bundle served it (id and
     * last-modified time, both new with every install and update), the digest of its JSON, and,
     * where the intake installed it, its location and the digest of the bundle's bytes in
     * {@code objects/}.
     */
    record Served(String symbolicName, String revision, String kind, String jsonDigest, String version,
                  String location, String bundleDigest, boolean complete) {

        boolean restorable() {
            return location != null && bundleDigest != null;
        }

        Served at(String newRevision) {
            return new Served(symbolicName, newRevision, kind, jsonDigest, version, location, bundleDigest, complete);
        }

        /** The same, once the bundle has started: until then, a start that finds it cut short undoes it. */
        Served completed() {
            return new Served(symbolicName, revision, kind, jsonDigest, version, location, bundleDigest, true);
        }
    }

    private final Path objects;
    private final Path validated;
    private final Path served;
    /**
     * Validated forms waiting to be written, readable meanwhile. Encoding a 10k-entry dataset
     * takes tens of milliseconds nobody should wait for, so it happens on one writer thread.
     */
    private final Map<String, Supplier<byte[]>> pending = new ConcurrentHashMap<>();
    /**
     * The last few values validated, as objects: the bundle an install has just validated is
     * served from here instead of being decoded again.
     */
    private final Map<String, Object> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > RECENT;
                }
            });
    private static final int RECENT = 8;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chainatlas-store-writer");
        t.setDaemon(true);
        return t;
    });

    private ContentStore(Path root, String stamp) {
        this.objects = root.resolve("objects");
        this.validated = root.resolve("validated").resolve(stamp);
        this.served = root.resolve("served");
    }

    /** The store in {@code root}, dropping validated forms made under another stamp. */
    static ContentStore in(Path root, String stamp) {
        ContentStore store = new ContentStore(root, stamp);
        store.dropOtherStamps();
        return store;
    }

    // --- bundles ---------------------------------------------------------------------------------

    /** Keeps a bundle's bytes under their digest, now (a restore must find them after a crash). */
    String putBundle(byte[] bytes) {
        String digest = DatasetBundles.digest(bytes);
        Path file = objects.resolve(digest + ".jar");
        if (!Files.isRegularFile(file)) {
            writeAside(file, out -> out.write(bytes));
        }
        return digest;
    }

    /** The bytes of a bundle kept under {@code digest}, or null if missing or damaged. */
    byte[] bundle(String digest) {
        try {
            byte[] bytes = Files.readAllBytes(objects.resolve(digest + ".jar"));
            return DatasetBundles.digest(bytes).equals(digest) ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    // --- validated forms -------------------------------------------------------------------------

    /**
     * Remembers {@code value}, the validated layer or dataset of the JSON with {@code digest}: in
     * memory for now, and in its validated form, written soon on the writer thread.
     */
    void putValidated(String digest, Object value, Supplier<byte[]> encoded) {
        recent.put(digest, value);
        if (Files.isRegularFile(validated.resolve(digest + ".bin")) || pending.putIfAbsent(digest, encoded) != null) {
            return;
        }
        writer.execute(() -> {
            try {
                writeAside(validated.resolve(digest + ".bin"), out -> out.write(encoded.get()));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "cannot remember the validated form of " + digest, e);
            } finally {
                pending.remove(digest);
            }
        });
    }

    /** The validated layer or dataset of the JSON with {@code digest} if it is still in memory, or null. */
    Object recent(String digest) {
        return recent.get(digest);
    }

    /** The validated form of the JSON with {@code digest}, or null. */
    byte[] validated(String digest) {
        Supplier<byte[]> waiting = pending.get(digest);
        if (waiting != null) {
            return waiting.get();
        }
        try {
            return Files.readAllBytes(validated.resolve(digest + ".bin"));
        } catch (IOException e) {
            return null;
        }
    }

    // --- last good versions ----------------------------------------------------------------------

    Served served(String symbolicName) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(servedFile(symbolicName))) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        String revision = p.getProperty("revision");
        String kind = p.getProperty("kind");
        String json = p.getProperty("json");
        if (revision == null || kind == null || json == null) {
            return null;
        }
        return new Served(symbolicName, revision, kind, json, p.getProperty("version", ""),
                p.getProperty("location"), p.getProperty("bundle"), !"false".equals(p.getProperty("complete")));
    }

    void putServed(Served record) {
        Properties p = new Properties();
        p.setProperty("revision", record.revision());
        p.setProperty("kind", record.kind());
        p.setProperty("json", record.jsonDigest());
        p.setProperty("version", record.version());
        p.setProperty("complete", Boolean.toString(record.complete()));
        if (record.restorable()) {
            p.setProperty("location", record.location());
            p.setProperty("bundle", record.bundleDigest());
        }
        writeAside(servedFile(record.symbolicName()), out -> p.store(out, null));
    }

    /** Forgets a data bundle that was uninstalled, and the bundle bytes only it referred to. */
    void forget(String symbolicName) {
        Served gone = served(symbolicName);
        try {
            Files.deleteIfExists(servedFile(symbolicName));
            if (gone != null && gone.restorable() && !referenced(gone.bundleDigest())) {
                Files.deleteIfExists(objects.resolve(gone.bundleDigest() + ".jar"));
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot forget " + symbolicName, e);
        }
    }

    /** Every remembered last good version. */
    List<Served> allServed() {
        List<Served> all = new ArrayList<>();
        if (!Files.isDirectory(served)) {
            return all;
        }
        try (var files = Files.newDirectoryStream(served, "*.properties")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Served s = served(name.substring(0, name.length() - ".properties".length()));
                if (s != null) {
                    all.add(s);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot list what was served", e);
        }
        return all;
    }

    /** Writes what is queued (briefly: it is only a saving), then stops the writer. */
    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean referenced(String bundleDigest) {
        Collection<Served> all = allServed();
        for (Served s : all) {
            if (bundleDigest.equals(s.bundleDigest())) {
                return true;
            }
        }
        return false;
    }

    private Path servedFile(String symbolicName) {
        // symbolic names are tokens (letters, digits, '.', '_', '-'); anything else never names a file here
        if (!symbolicName.matches("[A-Za-z0-9._-]+") || symbolicName.startsWith(".")) {
            throw new IllegalArgumentException("not a symbolic name: " + symbolicName);
        }
        return served.resolve(symbolicName + ".properties");
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAside(Path file, Content content) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "partial-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    content.writeTo(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropOtherStamps() {
        Path root = validated.getParent();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var stamps = Files.newDirectoryStream(root)) {
            for (Path stamp : stamps) {
                if (!stamp.equals(validated)) {
                    deleteTree(stamp);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot clear validated forms of an earlier registry", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
