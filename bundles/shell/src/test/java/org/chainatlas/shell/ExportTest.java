package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas:formats and atlas:export with test exporters, writing into a temporary folder as the console's current directory. */
class ExportTest {

    private static final String[] NONE = {};
    private static final AtlasSnapshot ATLAS = Exampleton.atlas();

    /** Writes what it was given, so a test can see what the command handed over. */
    static class FakeExporter implements Exporter {
        private final String format;
        private final int repeat;

        FakeExporter(String format, int repeat) {
            this.format = format;
            this.repeat = repeat;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String extension() {
            return format + "x";
        }

        @Override
        public Text description() {
            return Text.of(format + " 测试格式", format + " test format");
        }

        @Override
        public void export(AtlasSnapshot atlas, Lang lang, OutputStream out) throws IOException {
            String line = lang.code() + " " + atlas.datasets().size() + " datasets, " + atlas.layers().size()
                    + " layers, " + atlas.entries().size() + " entries\n";
            for (int i = 0; i < repeat; i++) {
                out.write(line.getBytes(UTF_8));
            }
        }
    }

    /** Fails halfway through, as a real exporter may. */
    static final class FailingExporter extends FakeExporter {
        FailingExporter() {
            super("broken", 1);
        }

        @Override
        public void export(AtlasSnapshot atlas, Lang lang, OutputStream out) throws IOException {
            out.write("half a file".getBytes(UTF_8));
            out.flush();
            throw new IOException("simulated failure");
        }
    }

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final MapCommands commands = new MapCommands(() -> ATLAS, Lang.EN,
            () -> new PrintStream(printed, true, UTF_8), name -> null);
    private final FakeExporter fake = new FakeExporter("fake", 1);

    // --- atlas:formats

    @Test
    void formatsListTheInstalledExportersAsTheyComeAndGo() {
        commands.formats();
        assertEquals(List.of("No exporter is installed."), lines());
        commands.addExporter(new FakeExporter("svg", 1), Map.of("service.id", 7L));
        commands.addExporter(fake, Map.of("service.id", 8L));
        printed.reset();
        commands.formats();
        assertEquals(List.of("format  extension  description", "------  ---------  ----------------",
                "fake    fakex      fake test format", "svg     svgx       svg test format"), lines());
        commands.removeExporter(fake);
        printed.reset();
        commands.formats("--lang", "zh");
        assertEquals(List.of("格式  扩展名  说明", "----  ------  ------------", "svg   svgx    svg 测试格式"), lines());
    }

    @Test
    void formatsAsJson() {
        commands.addExporter(fake, Map.of());
        commands.formats("--json");
        JsonObject format = JsonParser.parseString(output()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("fake", format.get("format").getAsString());
        assertEquals("fakex", format.get("extension").getAsString());
        assertEquals("fake 测试格式", format.getAsJsonObject("description").get("zh").getAsString());
    }

    @Test
    void theHigherRankedOfTwoExportersOfOneFormatWins() {
        commands.addExporter(new FakeExporter("svg", 1), Map.of("service.id", 1L));
        FakeExporter better = new FakeExporter("svg", 2);
        commands.addExporter(better, Map.of("service.id", 2L, "service.ranking", 10));
        commands.export(session(), "--format", "svg", "--out", "map.svg");
        assertEquals(2, lines(folder.resolve("map.svg")).size());
    }

    // --- atlas:export

    @Test
    void writesTheFileRelativeToTheSessionsDirectoryAndSaysWhatItWrote() throws IOException {
        commands.addExporter(fake, Map.of());
        commands.export(session(), "--format", "fake", "--out", "map.fakex");
        assertEquals("en 2 datasets, 4 layers, 40 entries\n", Files.readString(folder.resolve("map.fakex"), UTF_8));
        assertEquals(List.of("wrote fake export of exampleton-2030, yrd-2022 (4 layers, 40 entries) to map.fakex (36 bytes)"),
                lines());
        assertEquals(List.of("map.fakex"), files());
    }

    @Test
    void regionAndLayerNarrowWhatTheExporterGets() throws IOException {
        commands.addExporter(fake, Map.of());
        commands.export(session(), "--format", "fake", "--out", "base.fakex", "--region", "yrd-2022", "--layer", "base", "--lang", "zh");
        assertEquals("zh 1 datasets, 1 layers, 7 entries\n", Files.readString(folder.resolve("base.fakex"), UTF_8));
        assertEquals(List.of("已将 yrd-2022 导出为 fake（1 层，7 个条目）：base.fakex（35 字节）"), lines());
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        commands.addExporter(new FakeExporter("big", 3500), Map.of());
        commands.export(session(), "--format", "big", "--out", "big.bigx");
        assertTrue(last().endsWith("to big.bigx (123 KB)"), last());
        assertEquals("1 byte", MapCommands.size(1, Lang.EN));
        assertEquals("1023 bytes", MapCommands.size(1023, Lang.EN));
        assertEquals("1 KB", MapCommands.size(1024, Lang.EN));
        assertEquals("4.2 MB", MapCommands.size(4_400_000, Lang.EN));
    }

    @Test
    void refusesToOverwriteUnlessForced() throws IOException {
        commands.addExporter(fake, Map.of());
        Files.writeString(folder.resolve("map.fakex"), "mine", UTF_8);
        AtlasException e = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "fake", "--out", "map.fakex"));
        assertEquals("map.fakex already exists; give --force to replace it", e.getMessage());
        assertEquals("mine", Files.readString(folder.resolve("map.fakex"), UTF_8));
        commands.export(session(), "--format", "fake", "--out", "map.fakex", "--force");
        assertTrue(Files.readString(folder.resolve("map.fakex"), UTF_8).startsWith("en 2 datasets"));
        assertEquals(List.of("map.fakex"), files());
    }

    @Test
    void aFailedExportLeavesNoHalfFileAndTheOldOneUnchanged() throws IOException {
        commands.addExporter(new FailingExporter(), Map.of());
        AtlasException e = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "broken", "--out", "map.out"));
        assertEquals("the broken export failed (simulated failure); map.out was not written", e.getMessage());
        assertEquals(List.of(), files());
        Files.writeString(folder.resolve("map.out"), "previous", UTF_8);
        e = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "broken", "--out", "map.out", "--force"));
        assertEquals("the broken export failed (simulated failure); map.out is unchanged", e.getMessage());
        assertEquals("previous", Files.readString(folder.resolve("map.out"), UTF_8));
        assertEquals(List.of("map.out"), files());
        assertEquals("", output());
    }

    @Test
    void anUnknownFormatNamesTheInstalledOnes() {
        AtlasException none = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "svg", "--out", "map.svg"));
        assertEquals("no export format 'svg'; no exporter is installed", none.getMessage());
        commands.addExporter(fake, Map.of());
        commands.addExporter(new FakeExporter("csv", 1), Map.of());
        AtlasException e = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "svgg", "--out", "map.svg"));
        assertEquals("no export format 'svgg'; formats: csv, fake", e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void formatAndOutAreRequired() {
        commands.addExporter(fake, Map.of());
        assertEquals("atlas:export needs --format; formats: fake", assertThrows(AtlasException.class,
                () -> commands.export(session(), "--out", "map.svg")).getMessage());
        assertEquals("atlas:export needs --out and a file to write, e.g. atlas:export --format fake --out map.fakex",
                assertThrows(AtlasException.class,
                        () -> commands.export(session(), "--format", "FAKE")).getMessage());
    }

    @Test
    void aMissingFolderOrAFolderAsFileIsOneSentence() throws IOException {
        commands.addExporter(fake, Map.of());
        AtlasException e = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "fake", "--out", "out/map.fakex"));
        assertEquals("cannot write out/map.fakex: there is no folder " + folder.resolve("out"), e.getMessage());
        Files.createDirectory(folder.resolve("out"));
        e = assertThrows(AtlasException.class, () -> commands.export(session(), "--format", "fake", "--out", "out", "--force"));
        assertEquals("out is a folder; give the name of a file to write", e.getMessage());
    }

    @Test
    void anAbsolutePathIsUsedAsItIs(@TempDir Path elsewhere) {
        commands.addExporter(fake, Map.of());
        String file = elsewhere.resolve("abs.fakex").toString();
        commands.export(session(), "--format", "fake", "--out", file);
        assertTrue(Files.exists(elsewhere.resolve("abs.fakex")));
        assertEquals(List.of(), files());
    }

    @Test
    void exportAsJson() {
        commands.addExporter(fake, Map.of());
        commands.export(session(), "--format", "fake", "--out", "map.fakex", "--region", "exampleton", "--json");
        JsonObject json = JsonParser.parseString(output()).getAsJsonObject();
        assertEquals("fake", json.get("format").getAsString());
        assertEquals("map.fakex", json.get("file").getAsString());
        assertEquals(35, json.get("bytes").getAsInt());
        assertEquals("[\"exampleton-2030\"]", json.get("datasets").toString());
        assertEquals(4, json.get("layers").getAsInt());
        assertEquals(5, json.get("entries").getAsInt());
    }

    @Test
    void anUnknownOptionNamesTheValidOnes() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> commands.export(session(), "--format", "fake", "--out", "x", "--overwrite"));
        assertEquals("unknown option '--overwrite' for atlas:export; options: --format, --out, --region, --layer,"
                + " --force, --json, --lang", e.getMessage());
    }

    // --- helpers

    private CommandSession session() {
        return (CommandSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CommandSession.class},
                (proxy, method, args) -> "currentDir".equals(method.getName()) && args == null ? folder : null);
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String output() {
        return printed.toString(UTF_8);
    }

    private List<String> lines() {
        return output().lines().toList();
    }

    private String last() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }
}
