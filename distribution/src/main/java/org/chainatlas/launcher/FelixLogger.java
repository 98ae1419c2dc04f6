package org.chainatlas.launcher;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Felix's own messages (it prints "ERROR: ..." to System.out by default) go to java.util.logging. */
final class FelixLogger extends org.apache.felix.framework.Logger {

    @Override
    protected void doLog(int level, String message, Throwable throwable) {
        Logger.getLogger("org.apache.felix.framework").log(toJul(level), message, throwable);
    }

    private static Level toJul(int level) {
        return switch (level) {
            case LOG_ERROR -> Level.SEVERE;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.FINE;
        };
    }
}
