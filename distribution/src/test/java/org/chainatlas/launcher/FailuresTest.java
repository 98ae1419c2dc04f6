package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import org.apache.felix.gogo.runtime.CommandNotFoundException;
import org.apache.felix.gogo.runtime.EOFError;
import org.chainatlas.api.AtlasException;
import org.junit.jupiter.api.Test;

/** The one line a user sees for what a command threw (the unit tests may see the bundles' classes). */
class FailuresTest {

    @Test
    void anAtlasErrorIsShownAsItsSentence() {
        String sentence = "no layer 'midle'; layers: base, middle, application, service";
        assertEquals(sentence, Failures.describe(new AtlasException(sentence)));
        assertEquals(sentence, Failures.describe(new RuntimeException("wrapped", new AtlasException(sentence))));
    }

    @Test
    void theAtlasSentenceWinsOverAWrappingArgumentError() {
        assertEquals("no entry 'x'",
                Failures.describe(new IllegalArgumentException("bad", new AtlasException("no entry 'x'"))));
    }

    @Test
    void anUnknownCommandNamesItAndPointsToHelp() {
        assertEquals("no command 'atlas:foo'; see 'help'",
                Failures.describe(new CommandNotFoundException("atlas:foo")));
    }

    @Test
    void anUnclosedQuoteIsALineThatCannotBeRead() {
        EOFException wrapped = new EOFException("unexpected EOT");
        wrapped.initCause(new EOFError(1, 14, "unexpected EOT looking for matching quote: \"", "quote", "\""));
        assertEquals("cannot read the command line: unexpected EOT looking for matching quote: \"",
                Failures.describe(wrapped));
    }

    @Test
    void aFaultIsNamedBrieflyAndPointsToTheLog() {
        String line = Failures.describe(new IllegalStateException("boom", new NullPointerException("x is null")));
        assertEquals("the command failed with NullPointerException: x is null; details are in log/chainatlas.log", line);
    }

    @Test
    void aMessageAlwaysFitsOnOneLine() {
        String line = Failures.describe(new AtlasException("first\n  second\r\nthird"));
        assertEquals("first second third", line);
        assertTrue(Failures.describe(new RuntimeException()).startsWith("the command failed with RuntimeException;"));
    }
}
