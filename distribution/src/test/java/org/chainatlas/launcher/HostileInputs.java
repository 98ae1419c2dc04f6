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

        // Jars that different readers may read differently.
        cases.add(new Case(rawManifest(folder.resolve("activator-named-twice.jar"), "Manifest-Version: 1.0\r\n"
                + "Bundle-ManifestVersion: 2\r\nBundle-SymbolicName: test.hostile.twice\r\nBundle-Activator: "
                + Payload.class.getName() + "\r\nImport-Package: org.osgi.framework\r\n" + TestData.DATASET_HEADER + ": "
                + TestData.DATASET_JSON_PATH + "\r\nbundle-activator: \r\n\r\n", example),
                "'activator-named-twice.jar' names the manifest header bundle-activator twice; nothing was installed"));
        cases.add(new Case(twinEntries(folder.resolve("two-jsons.jar"), example),
                "'two-jsons.jar' holds two entries named " + TestData.DATASET_JSON_PATH + "; nothing was installed"));
        cases.add(new Case(bare(folder.resolve("bad-name.jar"), "../../escape", Map.of()),
                "'bad-name.jar' has the symbolic name '../../escape', which is not one"));
        cases.add(new Case(manyEntries(folder.resolve("many-entries.jar"), 20_001),
                "'many-entries.jar' holds 20002 entries, more than the 20000 a bundle may"));
        cases.add(new Case(bare(folder.resolve("huge-manifest.jar"), "test.hostile.huge-manifest",
                Map.of("Bundle-Description", "x".repeat(300_000))), "'huge-manifest.jar' has a manifest larger than 256 kB"));

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

    /** A jar whose manifest is written byte for byte as given (a Manifest object would tidy it). */
    private static Path rawManifest(Path jar, String manifest, byte[] json) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(TestData.DATASET_JSON_PATH));
            out.write(json);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(PAYLOAD_CLASS));
            out.write(payloadClass());
            out.closeEntry();
        }
        return jar;
    }

    /** A dataset bundle with two entries of the JSON's name (Java's zip writers refuse that: renamed after). */
    private static Path twinEntries(Path jar, byte[] json) throws IOException {
        String other = TestData.DATASET_JSON_PATH.substring(0, TestData.DATASET_JSON_PATH.length() - 1) + "X";
        dataset(jar, "test.hostile.twin-entries", json, Map.of(), false);
        byte[] withOther;
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile());
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            try (JarOutputStream out = new JarOutputStream(bytes, in.getManifest())) {
                for (String name : List.of(TestData.DATASET_JSON_PATH, other)) {
                    out.putNextEntry(new JarEntry(name));
                    out.write(json);
                    out.closeEntry();
                }
            }
            withOther = bytes.toByteArray();
        }
        String latin = new String(withOther, StandardCharsets.ISO_8859_1).replace(other, TestData.DATASET_JSON_PATH);
        return write(jar, latin.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Path manyEntries(Path jar, int count) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.hostile.many");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new JarEntry("e/" + i));
                out.closeEntry();
            }
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
