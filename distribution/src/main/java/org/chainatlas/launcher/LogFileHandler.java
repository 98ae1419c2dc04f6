package org.chainatlas.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Writes each log record to the log file at once, so a crash loses nothing. Its formatter is made
 * on the first record: SimpleFormatter checks its pattern by formatting a date, which loads the
 * time-zone rules (about 6 ms of every start, when most runs log nothing).
 */
final class LogFileHandler extends Handler {

    private final LogFile file;

    LogFileHandler(LogFile file) {
        this.file = file;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        try {
            file.write(formatter().format(record).getBytes(StandardCharsets.UTF_8));
            file.flush();
        } catch (IOException | RuntimeException e) {
            reportError("cannot write the log", e, ErrorManager.WRITE_FAILURE);
        }
    }

    private synchronized Formatter formatter() {
        if (getFormatter() == null) {
            setFormatter(new SimpleFormatter());
        }
        return getFormatter();
    }

    @Override
    public void flush() {
        try {
            file.flush();
        } catch (IOException e) {
            reportError("cannot flush the log", e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
