package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas:map, compare, formats, export and stats --region through the real Gogo runtime, as console lines. */
class MapGogoTest {

    /** The functions MapCommands registers (osgi.command.function). */
    static final List<String> FUNCTIONS = List.of("map", "compare", "formats", "export");

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private CommandProcessorImpl processor;
    private CommandSession session;

    @TempDir
    Path folder;

    @BeforeEach
    void startGogo() {
        threadIO.start();
        processor = new CommandProcessorImpl(threadIO);
        MapCommands commands = new MapCommands(Exampleton::atlas, Lang.EN, () -> System.out, name -> null);
        commands.addExporter(new ExportTest.FakeExporter("fake", 1), Map.of());
        FUNCTIONS.forEach(f -> processor.addCommand("atlas", commands, f));
        processor.addCommand("atlas", new AtlasCommands(Exampleton::atlas, Lang.EN, () -> System.out), "stats");
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
    }

    @AfterEach
    void stopGogo() {
        session.close();
        processor.stop();
        threadIO.stop();
    }

    @Test
    void mapTakesItsOptionsAndTheSessionsTerminalWidth() throws Exception {
        session.execute("atlas:map --layer base --lang zh --width 60 --region yrd-2022");
        List<String> lines = output().lines().toList();
        assertTrue(lines.get(1).startsWith("┌─ 底层 (Base layer) — 基础层 ─"), lines.get(1));
        assertEquals(60, lines.stream().mapToInt(DisplayWidth::of).max().orElse(0));
        out.reset();
        session.put(".terminal", new MapTest.FakeTerminal(72));
        session.execute("atlas:map --layer base");
        assertEquals(72, output().lines().mapToInt(DisplayWidth::of).max().orElse(0));
    }

    @Test
    void aBadWidthIsOneSentence() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:map --width 30"));
        assertEquals("--width takes a number of columns from 40 to 400, got '30'", e.getMessage());
    }

    @Test
    void compareTakesTwoRegionsWithOptionsAnywhere() throws Exception {
        session.execute("atlas:compare yrd-2022 --json exampleton");
        assertEquals("exampleton-2030/exampleton-chain-hub", JsonParser.parseString(output()).getAsJsonObject()
                .getAsJsonArray("organisations").get(1).getAsJsonObject().get("b").getAsString());
        out.reset();
        AtlasException none = assertThrows(AtlasException.class, () -> session.execute("atlas:compare yrd-2022 320000"));
        assertTrue(none.getMessage().startsWith("'320000' (Jiangsu (江苏省)) is a place within region yrd (Yangtze River Delta"
                + " (长三角)) of dataset yrd-2022, not a region of its own; give the region ('yrd') or the dataset,"
                + " or filter by place with --place 320000; regions: "), none.getMessage());
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:compare yrd-2022 yrd-2022"));
        assertTrue(e.getMessage().startsWith("atlas:compare needs two different regions"), e.getMessage());
        session.execute("atlas:compare --json yrd-2022 exampleton");
        assertEquals(2, JsonParser.parseString(output()).getAsJsonObject().getAsJsonArray("organisations").size());
    }

    @Test
    void exportWritesIntoTheSessionsCurrentDirectory() throws Exception {
        session.currentDir(folder);
        session.execute("atlas:export --format fake --out map.fakex --region exampleton");
        assertEquals("en 1 datasets, 4 layers, 5 entries\n", Files.readString(folder.resolve("map.fakex"), UTF_8));
        assertTrue(output().startsWith("wrote fake export of exampleton-2030 (4 layers, 5 entries) to map.fakex"), output());
        AtlasException e = assertThrows(AtlasException.class,
                () -> session.execute("atlas:export --format fake --out map.fakex"));
        assertEquals("map.fakex already exists; give --force to replace it", e.getMessage());
        session.execute("atlas:export --force --format fake --out map.fakex");
        assertEquals("en 2 datasets, 4 layers, 40 entries\n", Files.readString(folder.resolve("map.fakex"), UTF_8));
    }

    @Test
    void formatsAndStatsByRegion() throws Exception {
        session.execute("atlas:formats --json");
        assertEquals("fake", JsonParser.parseString(output()).getAsJsonArray().get(0).getAsJsonObject()
                .get("format").getAsString());
        out.reset();
        session.execute("atlas:stats --region exampleton --layer base");
        assertTrue(output().startsWith("Base layer (底层) [base] — reported 3 · named 2 · coverage 66.7%"), output());
    }

    private String output() {
        System.out.flush();
        return out.toString(UTF_8);
    }
}
