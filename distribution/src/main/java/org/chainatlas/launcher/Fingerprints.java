package org.chainatlas.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Size and modification time of each jar of bundle/ as last installed, kept in the system
 * bundle's data area inside data/cache, so that --clean forgets them together with the bundles.
 * Time alone is not enough: an unpacked zip can carry a jar older than the installed one.
 */
final class Fingerprints {

    private final File file;
    private final Properties values;
    private boolean changed;

    private Fingerprints(File file, Properties values) {
        this.file = file;
        this.values = values;
    }

    static Fingerprints load(File file) throws IOException {
        Properties values = new Properties();
        if (file != null && file.isFile()) {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                values.load(in);
            }
        }
        return new Fingerprints(file, values);
    }

    static String of(Path jar) throws IOException {
        return Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
    }

    String get(String location) {
        return values.getProperty(location);
    }

    void put(String location, String fingerprint) {
        Object previous = values.setProperty(location, fingerprint);
        changed |= !fingerprint.equals(previous);
    }

    void remove(String location) {
        changed |= values.remove(location) != null;
    }

    void save() throws IOException {
        if (!changed || file == null) {
            return;
        }
        Files.createDirectories(file.toPath().getParent());
        // Written aside and moved into place: a run killed while writing leaves the old file whole.
        Path partial = file.toPath().resolveSibling(file.getName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            values.store(out, "jars of bundle/ as installed: size:modified-millis");
        }
        Files.move(partial, file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }
}
