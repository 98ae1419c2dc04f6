package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.diff.DocumentDiff;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.DatasetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * atlas:diff between the installed seed and a fictional update of it written to a file: one
 * entry added ("Example New Chain (fictional)"), one removed, one renamed and recategorised, one
 * figure changed, the version bumped. The text is checked against golden files
 * (src/test/resources/golden/diff-*.txt; -Dgolden.update=true rewrites them, as in MapTest).
 */
class DiffTest {

    private static final AtlasSnapshot SEED = SeedAtlas.snapshot();

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DiffCommands commands = new DiffCommands(() -> SEED, new RegistryFiles(), Lang.EN,
            () -> new PrintStream(printed, true, UTF_8));

    @Test
    void theInstalledSeedAgainstAFictionalUpdateInEnglish() throws IOException {
        String text = seedAgainstUpdate("en");
        List<String> lines = text.lines().toList();
        assertTrue(lines.contains("Entries: +1 −1 ~1"), text);
        assertTrue(lines.contains("Figures: +0 −0 ~1"), text);
    }

    @Test
    void inChineseTheColumnsLineUpByDisplayWidth() throws IOException {
        String text = seedAgainstUpdate("zh");
        List<String> lines = text.lines().toList();
        int title = lines.indexOf("条目：+1 −1 ~1");
        String header = lines.get(title + 1);
        int fieldColumn = DisplayWidth.of(header.substring(0, header.indexOf("字段")));
        String changed = lines.stream().filter(l -> l.startsWith("~")).findFirst().orElseThrow();
        assertTrue(changed.contains("蚂蚁链"), changed);
        assertEquals(fieldColumn, DisplayWidth.of(changed.substring(0, changed.indexOf("名称 (en)"))), changed);
    }

    @Test
    void twoFilesWithTheSameDataInAnotherOrderAreOneLine() throws IOException {
        DatasetDocument seed = SeedAtlas.seedDocument();
        List<Entry> reversed = new ArrayList<>(seed.entries());
        java.util.Collections.reverse(reversed);
        Path a = write("a.json", seed);
        Path b = write("b.json", with(seed, seed.version(), reversed, seed.figures()));
        commands.diff(null, a.toString(), b.toString());
        assertEquals(List.of(a + " (dataset yrd-2022 1.0.0) and " + b + " (dataset yrd-2022 1.0.0) hold the same data"),
                output().lines().toList());
    }

    @Test
    void asJsonForScripts() throws IOException {
        Path file = update();
        commands.diff(null, "--json", "yrd-2022", file.toString());
        JsonObject json = JsonParser.parseString(output()).getAsJsonObject();
        assertEquals(false, json.get("identical").getAsBoolean());
        assertEquals("yrd-2022", json.getAsJsonObject("a").get("source").getAsString());
        assertEquals("1.0.1-fictional", json.getAsJsonObject("b").get("version").getAsString());
        assertEquals("version", json.getAsJsonArray("header").get(0).getAsJsonObject().get("field").getAsString());
        JsonObject entries = json.getAsJsonObject("entries");
        assertEquals("fictional-chain", entries.getAsJsonArray("added").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("hyperledger", entries.getAsJsonArray("removed").get(0).getAsJsonObject().get("id").getAsString());
        JsonObject changed = entries.getAsJsonArray("changed").get(0).getAsJsonObject();
        assertEquals("ant-chain", changed.get("id").getAsString());
        assertEquals("蚂蚁链", changed.getAsJsonObject("name").get("zh").getAsString());
        JsonObject field = changed.getAsJsonArray("fields").get(0).getAsJsonObject();
        assertEquals(List.of("name.en", "Ant Chain", "Ant Chain (fictional rename)"),
                List.of(field.get("field").getAsString(), field.get("a").getAsString(), field.get("b").getAsString()));
        JsonObject figure = json.getAsJsonObject("figures").getAsJsonArray("changed").get(0).getAsJsonObject();
        assertEquals("base-total", figure.get("id").getAsString());
        assertTrue(figure.get("name").isJsonNull());
        assertEquals(0, json.getAsJsonObject("places").getAsJsonArray("changed").size());
    }

    @Test
    void wrongArgumentsAreOneSentenceNamingTheInstalledDatasets() throws IOException {
        assertEquals("atlas:diff takes two datasets A and B, got 1, e.g. atlas:diff yrd-2022 my-region.json;"
                        + " installed datasets: yrd-2022; or give a dataset .json or .jar file",
                assertThrows(AtlasException.class, () -> commands.diff(null, "yrd-2022")).getMessage());
        assertEquals("no installed dataset or file 'yrd-2023'; installed datasets: yrd-2022; or give a dataset .json or .jar file",
                assertThrows(AtlasException.class, () -> commands.diff(null, "yrd-2022", "yrd-2023")).getMessage());
        assertEquals("unknown option '--jsn' for atlas:diff; did you mean --json? options: --json, --lang",
                assertThrows(AtlasException.class, () -> commands.diff(null, "yrd-2022", "--jsn")).getMessage());
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"chainatlas/dataset@1\"}");
        String message = assertThrows(AtlasException.class,
                () -> commands.diff(null, "yrd-2022", broken.toString())).getMessage();
        assertTrue(message.startsWith(broken + " is not a valid dataset: ") && message.endsWith("; atlas:validate " + broken + " lists them"),
                message);
        assertEquals("", output(), "a failed diff printed something");
    }

    /** atlas:diff yrd-2022 yrd-2022-fictional-update.json, as typed in the file's folder, against its golden file. */
    private String seedAgainstUpdate(String lang) throws IOException {
        update();
        commands.diff(session(), "--lang", lang, "yrd-2022", "yrd-2022-fictional-update.json");
        String text = output();
        assertGolden("golden/diff-" + lang + ".txt", text);
        return text;
    }

    /** The seed with one fictional entry added, Hyperledger dropped, Ant Chain renamed, a figure changed. */
    private Path update() throws IOException {
        DatasetDocument seed = SeedAtlas.seedDocument();
        List<Entry> entries = new ArrayList<>();
        for (Entry e : seed.entries()) {
            if (e.id().equals("ant-chain")) {
                entries.add(new Entry(e.dataset(), e.id(), e.layer(), Text.of(e.name().zh(), "Ant Chain (fictional rename)"),
                        Map.of("openness", List.of("open-source")), e.organisation(), e.organisationKey(), e.places(),
                        e.links(), e.note(), e.provenance()));
            } else if (!e.id().equals("hyperledger")) {
                entries.add(e);
            }
        }
        Entry first = seed.entries().get(0);
        entries.add(new Entry(seed.id(), "fictional-chain", "base", Text.of("示例新链（虚构）", "Example New Chain (fictional)"),
                first.categories(), null, null, List.of(), List.of(), null, first.provenance()));
        List<Figure> figures = seed.figures().stream().map(f -> !f.id().equals("base-total") ? f
                : new Figure(f.dataset(), f.id(), f.layer(), f.facet(), f.category(), f.place(), 13, f.share(), f.unit(),
                        f.note(), f.provenance())).toList();
        return write("yrd-2022-fictional-update.json", with(seed, "1.0.1-fictional", entries, figures));
    }

    private static DatasetDocument with(DatasetDocument d, String version, List<Entry> entries, List<Figure> figures) {
        return new DatasetDocument(d.format(), d.id(), version, d.title(), d.region(), d.description(), d.sources(),
                d.places(), entries, figures);
    }

    private Path write(String name, DatasetDocument document) throws IOException {
        return Files.write(folder.resolve(name), DatasetWriter.write(document));
    }

    /** A console whose current directory is the test's folder, so the golden files name the file as a user types it. */
    private CommandSession session() {
        return (CommandSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CommandSession.class},
                (proxy, method, args) -> method.getName().equals("currentDir") ? folder : null);
    }

    private String output() {
        return printed.toString(UTF_8);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, UTF_8);
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true to write it");
        }
        assertEquals(Files.readString(file, UTF_8), actual, name);
    }

    /** The registry's own checks and comparison, against the seed's layers. */
    private static final class RegistryFiles implements DatasetFiles {
        @Override
        public Validation validate(Path file) {
            try {
                return validate(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public Validation validate(String name, byte[] json) {
            return DatasetValidator.validate(name, json, SEED.layers());
        }

        @Override
        public byte[] pack(String name, byte[] json) {
            throw new UnsupportedOperationException("atlas:diff packs nothing");
        }

        @Override
        public byte[] write(DatasetDocument document) {
            return DatasetWriter.write(document);
        }

        @Override
        public DatasetDiff diff(String nameA, DatasetDocument a, String nameB, DatasetDocument b) {
            return DocumentDiff.between(nameA, a, nameB, b);
        }
    }
}
