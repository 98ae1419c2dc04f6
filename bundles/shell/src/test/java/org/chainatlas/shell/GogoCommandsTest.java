package org.chainatlas.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commands through the real Gogo runtime, as a console line: checks that Gogo maps options,
 * flags and the trailing words onto the signatures the way the commands expect, and that output
 * written to System.out reaches the session.
 */
class GogoCommandsTest {

    /** The functions the component registers (osgi.command.function). */
    static final List<String> FUNCTIONS = List.of("layers", "list", "show", "search", "stats", "datasets",
            "places");

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private CommandProcessorImpl processor;
    private CommandSession session;

    @BeforeEach
    void startGogo() {
        threadIO.start();
        processor = new CommandProcessorImpl(threadIO);
        AtlasCommands commands = new AtlasCommands(Fixture::snapshot, Lang.EN, () -> System.out);
        FUNCTIONS.forEach(f -> processor.addCommand("atlas", commands, f));
        HelpCommands help = new HelpCommands(Lang.EN, () -> System.out);
        help.addFamily(commands);
        processor.addCommand("atlas", help, "help");
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
    }

    @AfterEach
    void stopGogo() {
        session.close();
        processor.stop();
        threadIO.stop();
    }

    @Test
    void flagsAndOptionsInAnyOrder() throws Exception {
        assertEquals(null, session.execute("atlas:list --json --open-source --layer base"));
        assertEquals(2, JsonParser.parseString(output()).getAsJsonArray().size());
    }

    @Test
    void positionalWordsAfterOptions() throws Exception {
        session.execute("atlas:show --lang zh ant-chain");
        assertTrue(output().contains("中文名    蚂蚁链"), output());
    }

    @Test
    void optionsAfterPositionalWords() throws Exception {
        session.execute("atlas:search fisco bcos --json");
        assertEquals("fisco-bcos", JsonParser.parseString(output()).getAsJsonArray().get(0).getAsJsonObject()
                .get("id").getAsString());
    }

    @Test
    void numericOptionValuesArriveAsText() throws Exception {
        session.execute("atlas:list --place 330000");
        assertTrue(output().contains("ant-chain"), output());
    }

    @Test
    void aTypoInAnOptionIsOneSentence() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:layers --jsn"));
        assertEquals("unknown option '--jsn' for atlas:layers; did you mean --json? options: --region, --wide, --no-pager, --json, --lang", e.getMessage());
    }

    @Test
    void anUnknownLanguageIsOneSentence() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:places --lang fr"));
        assertEquals("no language 'fr'; languages: zh, en", e.getMessage());
    }

    @Test
    void aMissingOptionValueIsOneSentenceNamingTheValidValues() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:list --layer"));
        assertEquals("atlas:list --layer needs a value (LAYER); layers: base, service", e.getMessage());
    }

    @Test
    void aWordWhereANumberBelongsIsOneSentenceInTheChosenLanguage() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:list --limit abc --lang zh"));
        assertEquals("--limit 需要 1 或更大的整数，而不是 'abc'", e.getMessage());
        e = assertThrows(AtlasException.class, () -> session.execute("atlas:list --limit 0"));
        assertEquals("--limit takes a whole number of 1 or more, got '0'", e.getMessage());
    }

    @Test
    void aMistypedLayerGetsADidYouMean() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:stats --layer servce"));
        assertEquals("no layer 'servce'; did you mean service? layers: base, service", e.getMessage());
    }

    @Test
    void helpOptionAndHelpCommandPrintTheSamePage() throws Exception {
        session.execute("atlas:list --help");
        String page = output();
        for (String heading : List.of("DESCRIPTION", "SYNTAX", "OPTIONS", "EXAMPLES", "--layer LAYER", "(default: 50)")) {
            assertTrue(page.contains(heading), heading + " in " + page);
        }
        out.reset();
        session.execute("atlas:help atlas:list");
        assertEquals(page, output());
        out.reset();
        session.execute("atlas:show -h --lang zh");
        assertTrue(output().startsWith("说明\n"), output());
    }

    @Test
    void helpAloneListsTheCommandsByGroupWithoutInternals() throws Exception {
        session.execute("atlas:help");
        List<String> lines = output().lines().toList();
        assertEquals("explore", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("  atlas:list +entries, by layer, category, place or dataset")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("__")), lines.toString());
    }

    @Test
    void anUnknownCommandGetsADidYouMean() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:help atlas:lsit"));
        assertEquals("no command 'atlas:lsit'; did you mean atlas:list? (help lists the commands)", e.getMessage());
    }

    private String output() {
        System.out.flush();
        return out.toString(UTF_8);
    }
}
