package org.chainatlas.launcher;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The example data the distribution ships (examples/), copies of it changed the way a user
 * changes a dataset, data bundles made on the spot, and readers for the atlas's JSON output.
 * Everything here is fictional data.
 */
final class TestData {

    static final Path EXAMPLES = OsgiHarness.DISTRIBUTION.resolve("examples");
    /** The fictional dataset 'example-illustrative': 6 entries, one in the example layer 'regulation'. */
    static final Path EXAMPLE_JSON = EXAMPLES.resolve("dataset-example.json");
    /** The same dataset as a data-only bundle (symbolic name {@value #EXAMPLE_JAR_NAME}). */
    static final Path EXAMPLE_JAR = EXAMPLES.resolve("example-dataset-example.jar");
    static final String EXAMPLE_JAR_NAME = "org.chainatlas.example-dataset-example";
    /** The illustrative layer 'regulation', rank 250, as a data-only bundle. */
    static final Path LAYER_JAR = EXAMPLES.resolve("example-layer-regulation.jar");
    static final String LAYER_JAR_NAME = "org.chainatlas.example-layer-regulation";
    static final String EXAMPLE_ID = "example-illustrative";
    /** What atlas:install calls the bundle it makes of a dataset file. */
    static final String EXAMPLE_PACKED_NAME = "chainatlas.dataset." + EXAMPLE_ID;

    /** The malformed-dataset corpus of the registry's tests (NAME.json with NAME.expected), from this module. */
    static final Path CORPUS = Path.of("../bundles/registry/src/test/resources/corpus").toAbsolutePath().normalize();
    /** The guide to writing a dataset, whose example must keep working. */
    static final Path GUIDE = Path.of("../docs/datasets.md").toAbsolutePath().normalize();

    static final String DATASET_HEADER = "ChainAtlas-Dataset";
    static final String DATASET_JSON_PATH = "OSGI-INF/chainatlas/dataset.json";
    static final String DATASET_REQUIREMENT =
            "osgi.extender;filter:=\"(&(osgi.extender=org.chainatlas.dataset)(version>=1.0)(!(version>=2.0)))\"";

    private TestData() {
    }

    static JsonObject example() throws IOException {
        return JsonParser.parseString(Files.readString(EXAMPLE_JSON, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /**
     * The example as its maintainer's next release: version 1.1.0 and one more entry, a base-layer
     * chain ("示例链乙"), so 7 entries, still one of them pending while 'regulation' is missing.
     */
    static JsonObject exampleV2() throws IOException {
        JsonObject doc = example();
        doc.addProperty("version", "1.1.0");
        JsonObject entry = new JsonObject();
        entry.addProperty("id", "example-chain-b");
        entry.addProperty("layer", "base");
        entry.add("name", text("示例链乙（虚构）", "Example Chain B (fictional)"));
        JsonObject categories = new JsonObject();
        categories.addProperty("openness", "closed-source");
        entry.add("categories", categories);
        doc.getAsJsonArray("entries").add(entry);
        return doc;
    }

    static JsonObject text(String zh, String en) {
        JsonObject text = new JsonObject();
        text.addProperty("zh", zh);
        text.addProperty("en", en);
        return text;
    }

    static Path write(Path file, JsonObject document) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document),
                StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A valid dataset of {@code count} made-up entries spread over the four built-in layers, named
     * "压力测试 N (synthetic)": big enough that installing it takes a while.
     */
    static JsonObject synthetic(String id, String version, int count) {
        JsonObject doc = new JsonObject();
        doc.addProperty("format", "chainatlas/dataset@1");
        doc.addProperty("id", id);
        doc.addProperty("version", version);
        doc.add("title", text("压力测试数据集（合成）", "Stress-test dataset (synthetic)"));
        doc.addProperty("region", "stress-city");
        JsonArray sources = new JsonArray();
        JsonObject source = new JsonObject();
        source.addProperty("id", "synthetic");
        source.add("title", text("合成数据", "Synthetic data"));
        source.addProperty("date", "2024");
        sources.add(source);
        doc.add("sources", sources);
        JsonArray places = new JsonArray();
        JsonObject place = new JsonObject();
        place.addProperty("id", "stress-city");
        place.add("name", text("压力市（合成）", "Stress City (synthetic)"));
        place.addProperty("level", "city");
        places.add(place);
        doc.add("places", places);
        String[][] layers = {{"base", "openness", "open-source"}, {"middle", "function", "baas"},
            {"application", "domain", "finance"}, {"service", "aspect", "park"}};
        JsonArray entries = new JsonArray();
        for (int i = 0; i < count; i++) {
            String[] layer = layers[i % layers.length];
            JsonObject entry = new JsonObject();
            entry.addProperty("id", "synthetic-" + i);
            entry.addProperty("layer", layer[0]);
            entry.add("name", text("压力测试 " + i + "（合成）", "Stress test " + i + " (synthetic)"));
            JsonObject categories = new JsonObject();
            categories.addProperty(layer[1], layer[2]);
            entry.add("categories", categories);
            entries.add(entry);
        }
        doc.add("entries", entries);
        return doc;
    }

    /**
     * A synthetic region surveyed apart from the seed, as a second real region would be: its own
     * place ({@code id}-land), {@code platforms} open-source base platforms, {@code bridges}
     * middle-layer entries in a category it contributes under the layer's 'solution'
     * ("interoperability", only where {@code bridges} > 0), and the figures given as
     * {layer, facet, category, value} (facet and category may be null). Everything is synthetic.
     */
    static JsonObject region(String id, int platforms, int bridges, Object[]... figures) {
        JsonObject doc = new JsonObject();
        doc.addProperty("format", "chainatlas/dataset@1");
        doc.addProperty("id", id);
        doc.addProperty("version", "1.0.0");
        doc.add("title", text(id + " 区块链地图（合成）", id + " blockchain map (synthetic)"));
        doc.addProperty("region", id + "-land");
        JsonArray sources = new JsonArray();
        JsonObject source = new JsonObject();
        source.addProperty("id", "synthetic");
        source.add("title", text("合成数据", "Synthetic data"));
        sources.add(source);
        doc.add("sources", sources);
        JsonArray places = new JsonArray();
        JsonObject place = new JsonObject();
        place.addProperty("id", id + "-land");
        place.add("name", text(id + " 地区（合成）", id + " land (synthetic)"));
        place.addProperty("level", "region");
        places.add(place);
        doc.add("places", places);
        JsonArray entries = new JsonArray();
        for (int i = 0; i < platforms + bridges; i++) {
            boolean platform = i < platforms;
            JsonObject entry = new JsonObject();
            entry.addProperty("id", (platform ? "platform-" : "bridge-") + i);
            entry.addProperty("layer", platform ? "base" : "middle");
            entry.add("name", text(id + (platform ? " 平台 " : " 跨链桥 ") + i + "（合成）",
                    id + (platform ? " platform " : " bridge ") + i + " (synthetic)"));
            JsonObject categories = new JsonObject();
            categories.addProperty(platform ? "openness" : "function", platform ? "open-source" : "interoperability");
            entry.add("categories", categories);
            entries.add(entry);
        }
        doc.add("entries", entries);
        JsonArray figureArray = new JsonArray();
        for (int i = 0; i < figures.length; i++) {
            JsonObject figure = new JsonObject();
            figure.addProperty("id", "figure-" + i);
            figure.addProperty("layer", (String) figures[i][0]);
            if (figures[i][1] != null) {
                figure.addProperty("facet", (String) figures[i][1]);
                figure.addProperty("category", (String) figures[i][2]);
            }
            figure.addProperty("value", ((Number) figures[i][3]).longValue());
            figureArray.add(figure);
        }
        doc.add("figures", figureArray);
        if (bridges > 0) {
            JsonArray contributed = new JsonArray();
            JsonObject category = new JsonObject();
            category.addProperty("layer", "middle");
            category.addProperty("facet", "function");
            category.addProperty("id", "interoperability");
            category.addProperty("parent", "solution");
            category.add("name", text("互操作（合成）", "Interoperability (synthetic)"));
            contributed.add(category);
            doc.add("categories", contributed);
        }
        return doc;
    }

    /**
     * A data-only dataset bundle written by hand, as docs/datasets.md describes: the manifest
     * header naming the JSON and the extender requirement; {@code classFile}, if given, is added
     * as a class the bundle carries (which a dataset bundle must not).
     */
    static Path datasetBundle(Path jar, String symbolicName, String version, byte[] json, byte[] classFile)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue(DATASET_HEADER, DATASET_JSON_PATH);
        main.putValue("Require-Capability", DATASET_REQUIREMENT);
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(DATASET_JSON_PATH));
            out.write(json);
            out.closeEntry();
            if (classFile != null) {
                out.putNextEntry(new JarEntry("org/example/Payload.class"));
                out.write(classFile);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The bytes of a real class file (one of this test's own). */
    static byte[] someClassFile() throws IOException {
        try (InputStream in = TestData.class.getResourceAsStream("BundleJars.class")) {
            return in.readAllBytes();
        }
    }

    static byte[] bytes(JsonObject document) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A manifest header of a jar. */
    static String header(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue(name);
        }
    }

    /** The rows of a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF), without the UTF-8 byte-order mark. */
    static java.util.List<java.util.List<String>> csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        java.util.List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    // --- reading the atlas's --json output ---------------------------------------------------

    static Stream<JsonObject> objects(JsonElement array) {
        return StreamSupport.stream(array.getAsJsonArray().spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    /** {@code atlas:datasets --json} by dataset id. */
    static Map<String, JsonObject> byId(JsonElement array) {
        return objects(array).collect(Collectors.toMap(o -> o.get("id").getAsString(), Function.identity(),
                (a, b) -> {
                    throw new AssertionError("the id " + a.get("id") + " twice in " + array);
                }, java.util.LinkedHashMap::new));
    }

    static Optional<JsonObject> dataset(JsonElement datasets, String id) {
        return Optional.ofNullable(byId(datasets).get(id));
    }
}
