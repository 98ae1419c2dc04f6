package org.chainatlas.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Bundles made on the spot: a manifest and nothing else, enough to be installed (and mostly started). */
final class BundleJars {

    private BundleJars() {
    }

    static Path empty(Path jar, String symbolicName) throws IOException {
        return withHeaders(jar, symbolicName, Map.of());
    }

    /** A bundle with these manifest headers besides its name and version. */
    static Path withHeaders(Path jar, String symbolicName, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
