package org.chainatlas.launcher;

/** The arguments of {@code bin/atlas} make no sense; the message says which and how to fix it. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
