package org.chainatlas.registry.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainatlas.api.model.DatasetDocument;

/** The shape of a data-only dataset bundle: its manifest and where the JSON sits. */
public final class DatasetBundles {
    public static final String HEADER = "ChainAtlas-Dataset";
    public static final String LAYER_HEADER = "ChainAtlas-Layer";
    /** Where a bundle packed from a file came from: lets deleting that file uninstall it. */
    public static final String PACKED_FROM = org.chainatlas.api.DatasetFiles.PACKED_FROM_HEADER;
    /** SHA-256 of the packed JSON: installing the same file again is then a no-op, not an update. */
    public static final String DIGEST = "ChainAtlas-Digest";
    public static final String JSON_PATH = "OSGI-INF/chainatlas/dataset.json";
    public static final String REQUIREMENT =
            "osgi.extender;filter:=\"(&(osgi.extender=org.chainatlas.dataset)(version>=1.0)(!(version>=2.0)))\"";
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.-]([0-9A-Za-z_-]+))?");

    private DatasetBundles() {
    }

    public static String symbolicName(String datasetId) {
        return "chainatlas.dataset." + datasetId;
    }

    /** Whether each number of a dataset version fits an OSGi version's (an int). */
    public static boolean fitsBundleVersion(String version) {
        int digits = 0;
        long value = 0;
        for (int i = 0; i <= version.length(); i++) {
            char c = i < version.length() ? version.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = ++digits > 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
            } else {
                if (value > Integer.MAX_VALUE) {
                    return false;
                }
                digits = 0;
                value = 0;
            }
        }
        return true;
    }

    /** "1" → 1.0.0, "1.2-beta" → 1.2.0.beta: an OSGi version that orders as the dataset's does. */
    public static String bundleVersion(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version.strip());
        if (!m.matches()) {
            return "0.0.0." + (version == null ? "" : version.replaceAll("[^0-9A-Za-z_-]", "_"));
        }
        String base = m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3));
        return m.group(4) == null ? base : base + "." + m.group(4);
    }

    public static String digest(byte[] json) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A bundle holding nothing but the manifest and the dataset's JSON, byte for byte. */
    public static byte[] pack(DatasetDocument document, byte[] json) {
        return pack(document, json, null);
    }

    /** As {@link #pack(DatasetDocument, byte[])}, remembering the file it was packed from. */
    public static byte[] pack(DatasetDocument document, byte[] json, String packedFrom) {
        return pack(document, json, packedFrom, digest(json));
    }

    /** As {@link #pack(DatasetDocument, byte[], String)}, with the JSON's {@link #digest} already worked out. */
    public static byte[] pack(DatasetDocument document, byte[] json, String packedFrom, String digest) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName(document.id()));
        main.putValue("Bundle-Version", bundleVersion(document.version()));
        main.putValue("Bundle-Name", document.title().get(org.chainatlas.api.model.Lang.EN)
                + (document.title().zh() != null && document.title().en() != null ? " / " + document.title().zh() : ""));
        main.putValue(HEADER, JSON_PATH);
        main.putValue("Require-Capability", REQUIREMENT);
        main.putValue(DIGEST, digest);
        if (packedFrom != null) {
            main.putValue(PACKED_FROM, packedFrom);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length + 1024);
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            // An install packs before anything is queryable: the fastest level takes a 4.7 MB
            // dataset in 23 ms rather than 55, for a bundle of 590 kB rather than 410.
            jar.setLevel(java.util.zip.Deflater.BEST_SPEED);
            jar.putNextEntry(new JarEntry("OSGI-INF/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("OSGI-INF/chainatlas/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry(JSON_PATH));
            jar.write(json);
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
