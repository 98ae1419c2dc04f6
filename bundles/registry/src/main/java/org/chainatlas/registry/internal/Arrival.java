package org.chainatlas.registry.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.Validation;
import org.chainatlas.registry.format.DatasetBundles;

/**
 * A file offered to the intake, read within its {@link IntakeLimits}: the bytes, and for a bundle
 * its manifest, whether it carries classes and the layer or dataset JSON its manifest names.
 * Reading refuses, in one sentence, whatever is not a dataset file or a bundle, is too large, or
 * unpacks to too much.
 *
 * @param json the dataset or layer JSON: the whole file, or the entry a bundle's manifest names (null if none)
 */
record Arrival(Path path, boolean bundle, byte[] bytes, Attributes manifest, boolean classes, byte[] json) {
    /** More entries than any layer, dataset or exporter needs; a zip of tiny entries is slow to look through. */
    private static final int MAX_ENTRIES = 20_000;
    /** A manifest is headers: a larger one is read differently by different readers, or is an attack. */
    private static final int MAX_MANIFEST = 256 * 1024;

    String name() {
        return path.getFileName().toString();
    }

    /** The bundle's symbolic name without its directives, or null. */
    String symbolicName() {
        String value = manifest.getValue("Bundle-SymbolicName");
        return value == null ? null : value.split(";")[0].strip();
    }

    /** What a bundle's manifest says it holds: "dataset", "layer", or null for anything else (code). */
    String dataKind() {
        return manifest.getValue(DatasetBundles.HEADER) != null ? Intake.DATASET
                : manifest.getValue(DatasetBundles.LAYER_HEADER) != null ? Intake.LAYER : null;
    }

    /** {@code validation} under the name and version this bundle is installed with, not those a packed file would get. */
    Validation named(Validation validation) {
        if (!bundle || validation.document() == null) {
            return validation;
        }
        String version = manifest.getValue("Bundle-Version");
        return new Validation(validation.file(), validation.document(),
                symbolicName() == null ? validation.symbolicName() : symbolicName(),
                version == null ? validation.bundleVersion() : version.strip(), validation.problems());
    }

    static Arrival read(Path path, IntakeLimits limits) {
        String name = path.toString();
        if (hasControlCharacter(name)) {
            // a packed bundle's manifest holds the path, where a line break would start a header
            throw new AtlasException("the file name " + name.replaceAll("\\p{Cntrl}", "?")
                    + " holds a line break or another control character; rename the file and install it again");
        }
        if (!Files.isRegularFile(path)) {
            throw new AtlasException(Files.isDirectory(path) ? "'" + path + "' is a folder; give the path of a dataset"
                    + " .json file or a bundle .jar" : Files.exists(path) ? "'" + path + "' is not a regular file (a pipe,"
                    + " device or socket); give the path of a dataset .json file or a bundle .jar"
                    : "no file '" + path + "'; give the path of a dataset .json file or a bundle .jar");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean bundle = lower.endsWith(".jar");
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
            throw new AtlasException("'" + path.getFileName() + "' is a landscape file (YAML), not a dataset; turn it into"
                    + " one with atlas:import " + path.getFileName() + " --mapping MAP.json --out DATASET.json and install that");
        }
        if (!bundle && !lower.endsWith(".json")) {
            throw new AtlasException("cannot install '" + path + "'; install a dataset .json file or a bundle .jar");
        }
        byte[] bytes = readAtMost(path, limits.maxFileBytes());
        return bundle ? unpack(path, bytes, limits) : new Arrival(path, false, bytes, new Attributes(), false, bytes);
    }

    private static byte[] readAtMost(Path path, long max) {
        try {
            long size = Files.size(path);
            if (size > max) {
                throw tooLarge(path, size, max);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) max + 1); // the file may have grown since its size was read
                if (bytes.length > max) {
                    throw tooLarge(path, bytes.length, max);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new AtlasException("cannot read '" + path + "': " + reason(e));
        }
    }

    private static AtlasException tooLarge(Path path, long size, long max) {
        return new AtlasException("'" + path.getFileName() + "' is " + IntakeLimits.size(size) + ", more than the "
                + IntakeLimits.size(max) + " the atlas takes (setting " + IntakeLimits.MAX_FILE + "); nothing was installed");
    }

    /**
     * Looks into a bundle through its central directory, as the framework will, counting what
     * each entry really unpacks to (a directory may lie about sizes).
     */
    private static Arrival unpack(Path path, byte[] bytes, IntakeLimits limits) {
        Path copy = null;
        try {
            // the bytes, not the file, are what will be installed: look at exactly those
            copy = Files.createTempFile("chainatlas-intake-", ".jar");
            Files.write(copy, bytes);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                long budget = Math.min(limits.maxUnpackedBytes(), Math.max(1L, bytes.length) * limits.maxRatio());
                Attributes manifest = manifest(zip, path);
                if (zip.size() > MAX_ENTRIES) {
                    throw new AtlasException("'" + path.getFileName() + "' holds " + zip.size() + " entries, more than the "
                            + MAX_ENTRIES + " a bundle may; nothing was installed");
                }
                boolean classes = false;
                long unpacked = 0;
                java.util.Set<String> names = new java.util.HashSet<>();
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (!names.add(entry.getName())) {
                        // readers may differ on which of the two they take: the one checked must be the one used
                        throw new AtlasException("'" + path.getFileName() + "' holds two entries named " + entry.getName()
                                + "; nothing was installed");
                    }
                    classes |= entry.getName().endsWith(".class");
                    unpacked += count(zip, entry, budget - unpacked);
                    if (unpacked > budget) {
                        throw new AtlasException("'" + path.getFileName() + "' unpacks to more than " + IntakeLimits.size(budget)
                                + " (at most " + limits.maxRatio() + " times its size and " + IntakeLimits.size(limits.maxUnpackedBytes())
                                + "; settings " + IntakeLimits.MAX_RATIO + ", " + IntakeLimits.MAX_UNPACKED + "); nothing was installed");
                    }
                }
                return new Arrival(path, true, bytes, manifest, classes, dataJson(zip, manifest, path));
            }
        } catch (ZipException e) {
            throw new AtlasException("'" + path.getFileName() + "' is not a readable jar (" + reason(e) + "); nothing was installed");
        } catch (IOException e) {
            throw new AtlasException("cannot read '" + path + "': " + reason(e));
        } finally {
            deleteQuietly(copy);
        }
    }

    private static Attributes manifest(ZipFile zip, Path path) throws IOException {
        ZipEntry entry = zip.getEntry(JarFile.MANIFEST_NAME);
        if (entry == null) {
            throw new AtlasException("'" + path.getFileName() + "' is not an OSGi bundle: it has no META-INF/MANIFEST.MF");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_MANIFEST + 1);
        }
        if (bytes.length > MAX_MANIFEST) {
            throw new AtlasException("'" + path.getFileName() + "' has a manifest larger than " + IntakeLimits.size(MAX_MANIFEST)
                    + "; nothing was installed");
        }
        String twice = repeatedHeader(bytes);
        if (twice != null) {
            // the framework's manifest reader and Java's may keep different ones: refuse rather than guess
            throw new AtlasException("'" + path.getFileName() + "' names the manifest header " + twice + " twice;"
                    + " nothing was installed");
        }
        try {
            return new Manifest(new java.io.ByteArrayInputStream(bytes)).getMainAttributes();
        } catch (IOException | IllegalArgumentException e) {
            throw new AtlasException("'" + path.getFileName() + "' has a manifest that cannot be read (" + reason(e) + ")");
        }
    }

    /** A header of the manifest's main section named twice (names are case-insensitive), or null. */
    private static String repeatedHeader(byte[] manifest) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : new String(manifest, java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                return null; // the main section ends at the first empty line
            }
            int colon = line.indexOf(':');
            if (!line.startsWith(" ") && colon > 0 && !seen.add(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                return line.substring(0, colon).strip();
            }
        }
        return null;
    }

    /** The JSON the manifest names, or null where it names none (or names what is not there: the admission says so). */
    private static byte[] dataJson(ZipFile zip, Attributes manifest, Path path) throws IOException {
        String named = manifest.getValue(DatasetBundles.HEADER);
        if (named == null) {
            named = manifest.getValue(DatasetBundles.LAYER_HEADER);
        }
        ZipEntry entry = named == null ? null : zip.getEntry(named.strip());
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out); // counted whole above, within the budget
            return out.toByteArray();
        }
    }

    /** Bytes {@code entry} unpacks to, reading no more than just over {@code left}. */
    private static long count(ZipFile zip, ZipEntry entry, long left) throws IOException {
        if (entry.isDirectory()) {
            return 0;
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0 && total <= left; n = in.read(buffer)) {
                total += n;
            }
        }
        return total;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: the system's cleaner takes it
            }
        }
    }
}
