package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsOpensTheConsole() throws UsageException {
        Options options = Options.parse();
        assertNull(options.command());
        assertEquals(false, options.clean());
    }

    @Test
    void dashCTakesTheRestOfTheLineSoQuotingIsOptional() throws UsageException {
        assertEquals("atlas:stats; atlas:list --layer base",
                Options.parse("-c", "atlas:stats; atlas:list --layer base").command());
        assertEquals("atlas:search 蚂蚁", Options.parse("--clean", "-c", "atlas:search", "蚂蚁").command());
        assertTrue(Options.parse("--clean", "-c", "atlas:stats").clean());
    }

    @Test
    void aCommandWithoutDashCKeepsEachArgumentAsOneWord() throws UsageException {
        Options options = Options.parse("--clean", "atlas:search", "a$b; lb", "--json");
        assertEquals(java.util.List.of("atlas:search", "a$b; lb", "--json"), options.words());
        assertNull(options.command());
        assertTrue(options.clean());
        assertFalse(options.console());
        assertTrue(Options.parse().console());
    }

    @Test
    void dashCWithoutACommandSaysWhatToWrite() {
        UsageException e = assertThrows(UsageException.class, () -> Options.parse("-c", " "));
        assertEquals("-c needs a command line, e.g. atlas -c \"atlas:stats\"", e.getMessage());
    }

    @Test
    void anUnknownOptionPointsToTheHelp() {
        UsageException e = assertThrows(UsageException.class, () -> Options.parse("--verbose"));
        assertEquals("unknown option '--verbose'; see 'atlas --help'", e.getMessage());
    }

    @Test
    void helpWinsAndTheUsageNamesEveryOption() throws UsageException {
        assertTrue(Options.parse("--clean", "--help").help());
        assertTrue(Options.parse("-h").help());
        for (String option : new String[] {"COMMAND ARG...", "-c, --command", "--clean", "-h, --help"}) {
            assertTrue(Options.USAGE.contains(option), option);
        }
    }
}
