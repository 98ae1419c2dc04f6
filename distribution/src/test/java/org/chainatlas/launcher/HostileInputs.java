package org.chainatlas.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import com.google.gson.JsonObject;
import org.chainatlas.launcher.payload.Payload;

/**
 * Files and bundles written to hurt the intake, made on the spot (most are binary), each with the
 * sentence its refusal must hold. Bundles that carry code carry {@link Payload}, whose activator
 * leaves a mark if it ever runs.
 */
final class HostileInputs {

    /** One hostile file and what its refusal must say. */
    record Case(Path file, String expected) {
        String name() {
            return file.getFileName().toString();
        }
    }

    private static final String PAYLOAD_CLASS = Payload.class.getName().replace('.', '/') + ".class";
    private static final String RESERVED = "part of the atlas itself: a bundle cannot replace or remove it";

    private HostileInputs() {
    }

    /** Every hostile case, written into {@code folder}. */
    static List<Case> all(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Case> cases = new ArrayList<>();
        byte[] example = Files.readAllBytes(TestData.EXAMPLE_JSON);

        // Names that belong to the atlas itself, whatever the jar holds.
        cases.add(new Case(bare(folder.resolve("registry-impostor.jar"), "org.chainatlas.registry", Map.of()),
                "'org.chainatlas.registry' is the symbolic name of ChainAtlas registry, " + RESERVED));
        cases.add(new Case(bare(folder.resolve("shell-impostor.jar"), "org.chainatlas.shell", Map.of()),
                "'org.chainatlas.shell' is the symbolic name of ChainAtlas shell, " + RESERVED));
        cases.add(new Case(bare(folder.resolve("gogo-impostor.jar"), "org.apache.felix.gogo.runtime", Map.of()),
                "'org.apache.felix.gogo.runtime' is the symbolic name of Apache Felix Gogo Runtime, " + RESERVED));
        cases.add(new Case(bare(folder.resolve("scr-impostor.jar"), "org.apache.felix.scr", Map.of()),
                "'org.apache.felix.scr' is the symbolic name of"));
        cases.add(new Case(bare(folder.resolve("system-bundle.jar"), "system.bundle", Map.of()),
                "'system.bundle' is the symbolic name of"));
        cases.add(new Case(dataset(folder.resolve("map-impostor.jar"), "org.chainatlas.dataset-yrd-2022", example, Map.of(), false),
                "'org.chainatlas.dataset-yrd-2022' is the symbolic name of ChainAtlas dataset: Yangtze River Delta 2022"));
        cases.add(new Case(withLayerOf(folder.resolve("layer-impostor.jar"), "org.chainatlas.layer-base", Map.of()),
                "'org.chainatlas.layer-base' is the symbolic name of ChainAtlas layer: base"));

        // Data bundles that are more than data.
        cases.add(new Case(withLayerOf(folder.resolve("layer-with-activator.jar"), "test.hostile.layer-activator",
                payloadHeaders()), "'layer-with-activator.jar' is a layer bundle, which must hold data only, but it has a"
                + " Bundle-Activator header; nothing was installed"));
        for (String header : List.of("Service-Component", "Bundle-NativeCode", "Fragment-Host", "Bundle-ClassPath",
                "Export-Package", "DynamicImport-Package")) {
            String value = "Fragment-Host".equals(header) ? "org.chainatlas.registry" : "Service-Component".equals(header)
                    ? "OSGI-INF/payload.xml" : "Bundle-NativeCode".equals(header) ? "lib/payload.so" : "*";
            String file = "dataset-with-" + header.toLowerCase(java.util.Locale.ROOT) + ".jar";
            cases.add(new Case(dataset(folder.resolve(file), "test.hostile." + header.toLowerCase(java.util.Locale.ROOT),
                    renamed(example, header), Map.of(header, value), false), "'" + file + "' is a dataset bundle, which must"
                    + " hold data only, but it has a " + header + " header; nothing was installed"));
        }
        cases.add(new Case(dataset(folder.resolve("dataset-importing.jar"), "test.hostile.importing", example,
                Map.of("Import-Package", "org.osgi.framework"), false), "has an Import-Package header (data imports nothing)"));
        cases.add(new Case(dataset(folder.resolve("dataset-requiring-bundle.jar"), "test.hostile.requiring", example,
                Map.of("Require-Bundle", "org.chainatlas.registry"), false), "has a Require-Bundle header (data imports nothing)"));
        cases.add(new Case(dataset(folder.resolve("dataset-requiring-package.jar"), "test.hostile.requiring-package", example,
                Map.of("Require-Capability", "osgi.wiring.package;filter:=\"(osgi.wiring.package=org.osgi.framework)\""),
                false), "requires osgi.wiring.package, which data never needs"));
        cases.add(new Case(dataset(folder.resolve("dataset-with-classes.jar"), "test.hostile.classes", example,
                Map.of(), true), "'dataset-with-classes.jar' is a dataset bundle, which must hold data only, but it carries classes"));
        cases.add(new Case(dataset(folder.resolve("dataset-with-activator.jar"), "test.hostile.activator", example,
                payloadHeaders(), true), "is a dataset bundle, which must hold data only, but it has a Bundle-Activator header"));

        // Code, which only an explicit request lets in.
        cases.add(new Case(code(folder.resolve("exporter.jar"), "test.hostile.exporter"),
                "'exporter.jar' is not a layer or dataset bundle but code (it has a Bundle-Activator header); the atlas"
                        + " installs code only when asked"));
        cases.add(new Case(bare(folder.resolve("plain.jar"), "test.hostile.plain", Map.of()),
                "'plain.jar' is not a layer or dataset bundle but a plain bundle"));

        // Jars that are not what they claim, or unpack to too much.
        cases.add(new Case(zipBomb(folder.resolve("zip-bomb.jar")), "'zip-bomb.jar' unpacks to more than"));
        cases.add(new Case(write(folder.resolve("not-a-zip.jar"), "this is text, not a jar".getBytes(StandardCharsets.UTF_8)),
                "'not-a-zip.jar' is not a readable jar"));
        cases.add(new Case(truncated(folder.resolve("truncated.jar"), TestData.EXAMPLE_JAR), "'truncated.jar' is not a readable jar"));
        cases.add(new Case(noManifest(folder.resolve("no-manifest.jar")), "'no-manifest.jar' is not an OSGi bundle: it has no"
                + " META-INF/MANIFEST.MF"));
        cases.add(new Case(bare(folder.resolve("no-name.jar"), null, Map.of("Bundle-Version", "1.0.0")),
                "'no-name.jar' is not an OSGi bundle: its manifest has no Bundle-SymbolicName"));
        cases.add(new Case(bare(folder.resolve("names-missing-json.jar"), "test.hostile.missing-json",
                Map.of(TestData.DATASET_HEADER, "OSGI-INF/nowhere.json")),
                "'names-missing-json.jar' names OSGI-INF/nowhere.json in its manifest, which is not in the bundle"));

        // Data that takes what belongs to the built-in map.
        JsonObject takesMapId = TestData.example();
        takesMapId.addProperty("id", "yrd-2022");
        cases.add(new Case(TestData.write(folder.resolve("takes-map-id.json"), takesMapId),
                "'takes-map-id.json' has dataset id 'yrd-2022', the id of the built-in map (org.chainatlas.dataset-yrd-2022);"
                        + " give your dataset an id of its own"));
        cases.add(new Case(dataset(folder.resolve("takes-map-id.jar"), "test.hostile.map-id", TestData.bytes(takesMapId),
                Map.of(), false), "'takes-map-id.jar' has dataset id 'yrd-2022', the id of the built-in map"));

        // Files too large to read, or not files at all.
        cases.add(new Case(sparse(folder.resolve("huge.json"), 200L << 20), "'huge.json' is 200 MiB, more than the 128 MiB"
                + " the atlas takes (setting chainatlas.intake.maxFileMiB); nothing was installed"));
        cases.add(new Case(sparse(folder.resolve("huge.jar"), 3L << 30), "'huge.jar' is 3.0 GiB, more than the 128 MiB"));
        cases.add(new Case(write(folder.resolve("landscape.yml"), "landscape: []\n".getBytes(StandardCharsets.UTF_8)),
                "'landscape.yml' is a landscape file (YAML), not a dataset"));
        return cases;
    }

    /** Cases only atlas:install meets: deploy/ skips folders and reads only regular files. */
    static List<Case> notFiles(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(Files.createDirectories(folder.resolve("folder.json")), "folder.json' is a folder; give the path"));
        Path fifo = folder.resolve("fifo.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        cases.add(new Case(fifo, "fifo.json' is not a regular file"));
        cases.add(new Case(Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero")),
                "zero.json' is not a regular file"));
        cases.add(new Case(folder.resolve("missing.json"), "no file '"));
        return cases;
    }

    private static Map<String, String> payloadHeaders() {
        return Map.of("Bundle-Activator", Payload.class.getName(), "Import-Package", "org.osgi.framework");
    }

    /** The example dataset under another id, so that each hostile dataset would be a new one. */
    private static byte[] renamed(byte[] example, String header) {
        String id = "hostile-" + header.toLowerCase(java.util.Locale.ROOT);
        return new String(example, StandardCharsets.UTF_8).replace("\"example-illustrative\"", "\"" + id + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Path bare(Path jar, String symbolicName, Map<String, String> headers) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Bundle-ManifestVersion", "2");
        if (symbolicName != null) {
            all.put("Bundle-SymbolicName", symbolicName);
        }
        all.putAll(headers);
        return jar(jar, all, Map.of());
    }

    private static Path code(Path jar, String symbolicName) throws IOException {
        return code(jar, symbolicName, "1.0.0", Payload.class.getName());
    }

    /** A bundle with code: the payload, started by {@code activator} (which may name a class it lacks). */
    static Path code(Path jar, String symbolicName, String version, String activator) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(payloadHeaders());
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", version);
        headers.put("Bundle-Activator", activator);
        return jar(jar, headers, Map.of(PAYLOAD_CLASS, payloadClass()));
    }

    private static Path dataset(Path jar, String symbolicName, byte[] json, Map<String, String> headers, boolean payload)
            throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Bundle-ManifestVersion", "2");
        all.put("Bundle-SymbolicName", symbolicName);
        all.put("Bundle-Version", "0.0.1");
        all.put(TestData.DATASET_HEADER, TestData.DATASET_JSON_PATH);
        all.putAll(headers);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(TestData.DATASET_JSON_PATH, json);
        if (payload) {
            entries.put(PAYLOAD_CLASS, payloadClass());
        }
        return jar(jar, all, entries);
    }

    /** A copy of the example layer bundle under another name, with more headers (and the payload if it has an activator). */
    private static Path withLayerOf(Path jar, String symbolicName, Map<String, String> headers) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.jar.JarFile layer = new java.util.jar.JarFile(TestData.LAYER_JAR.toFile())) {
            layer.getManifest().getMainAttributes().forEach((k, v) -> all.put(k.toString(), v.toString()));
            for (JarEntry e : java.util.Collections.list(layer.entries())) {
                if (!e.isDirectory() && !e.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                    try (InputStream in = layer.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        all.put("Bundle-SymbolicName", symbolicName);
        all.putAll(headers);
        if (headers.containsKey("Bundle-Activator")) {
            entries.put(PAYLOAD_CLASS, payloadClass());
        }
        return jar(jar, all, entries);
    }

    private static Path jar(Path jar, Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(main::putValue);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A dataset bundle whose JSON unpacks to 400 MiB of spaces: about 400 kB on disk. */
    private static Path zipBomb(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.hostile.bomb");
        manifest.getMainAttributes().putValue(TestData.DATASET_HEADER, TestData.DATASET_JSON_PATH);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(TestData.DATASET_JSON_PATH));
            out.write('{');
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                out.write(spaces);
            }
            out.write('}');
            out.closeEntry();
        }
        return jar;
    }

    private static Path noManifest(Path jar) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry(TestData.DATASET_JSON_PATH));
            out.write(Files.readAllBytes(TestData.EXAMPLE_JSON));
            out.closeEntry();
        }
        return jar;
    }

    private static Path truncated(Path copy, Path jar) throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        return write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A file of that size that takes no room on disk. */
    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    private static byte[] payloadClass() throws IOException {
        try (InputStream in = HostileInputs.class.getClassLoader().getResourceAsStream(PAYLOAD_CLASS)) {
            return in.readAllBytes();
        }
    }
}
