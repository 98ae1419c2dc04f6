package org.chainatlas.launcher;

import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * java.util.logging's configuration (named by {@code java.util.logging.config.class}): one handler
 * that appends to the log file, instead of the JDK's default handler that prints to the console.
 * Public with a public constructor because the LogManager instantiates it.
 */
public final class LogConfiguration {

    public LogConfiguration() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        String file = System.getProperty(Logging.FILE_PROPERTY);
        if (file != null) {
            root.addHandler(new LogFileHandler(new LogFile(Path.of(file))));
        }
        root.setLevel(level(System.getProperty(Logging.LEVEL_PROPERTY)));
    }

    private static Level level(String name) {
        try {
            return name == null || name.isBlank() ? Level.INFO : Level.parse(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }
}
