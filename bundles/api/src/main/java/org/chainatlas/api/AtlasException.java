package org.chainatlas.api;

/** A user error: its message is one sentence saying what was wrong and what is valid. */
public class AtlasException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AtlasException(String message) {
        super(message);
    }

    /** The sentence alone: consoles that print an exception as text show the user just that. */
    @Override
    public String toString() {
        return getMessage();
    }
}
