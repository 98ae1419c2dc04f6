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
        assertEquals("unknown option '--jsn' for atlas:layers; did you mean --json? options: --region, --json, --lang", e.getMessage());
    }

    @Test
    void anUnknownLanguageIsOneSentence() {
        AtlasException e = assertThrows(AtlasException.class, () -> session.execute("atlas:places --lang fr"));
        assertEquals("no language 'fr'; languages: zh, en", e.getMessage());
    }

    private String output() {
        System.out.flush();
        return out.toString(UTF_8);
    }
}
