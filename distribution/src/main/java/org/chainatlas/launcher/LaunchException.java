package org.chainatlas.launcher;

/** The atlas could not be started or stopped; the message is one sentence for the user. */
class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
