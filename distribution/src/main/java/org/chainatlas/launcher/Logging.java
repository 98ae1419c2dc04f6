package org.chainatlas.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends everything the framework and the bundles write outside a command to log/chainatlas.log,
 * so that the console shows only what the user asked for: System.out/err (where Felix, SCR and
 * FileInstall print by default) and java.util.logging (jline, FileInstall, Felix's logger here).
 */
final class Logging {

    static final String FILE_PROPERTY = "chainatlas.log.file";
    static final String LEVEL_PROPERTY = Configuration.LOG_LEVEL;

    private static final String JUL_CONFIG_CLASS = "java.util.logging.config.class";
    private static final String JUL_FORMAT = "java.util.logging.SimpleFormatter.format";

    private Logging() {
    }

    static void install(Home home) {
        System.setProperty(FILE_PROPERTY, home.log().toString());
        if (System.getProperty(JUL_FORMAT) == null) {
            System.setProperty(JUL_FORMAT, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        // java.util.logging configures itself from this class when something first logs: a run
        // that logs nothing never pays for it.
        if (System.getProperty(JUL_CONFIG_CLASS) == null) {
            System.setProperty(JUL_CONFIG_CLASS, LogConfiguration.class.getName());
        }
        // Gogo keeps the streams it finds at start as the default for threads outside a session:
        // these must already point to the log.
        PrintStream log = new PrintStream(new LogFile(home.log()), true, StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
    }

    /** Takes effect because java.util.logging reads it only when something first logs. */
    static void setLevel(String level) {
        System.setProperty(LEVEL_PROPERTY, level);
    }
}
