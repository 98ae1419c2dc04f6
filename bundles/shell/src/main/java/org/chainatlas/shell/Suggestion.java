package org.chainatlas.shell;

/**
 * A value Tab offers and, beside it, what it is in the user's language. A folder is not
 * {@code complete}: Tab goes on into it instead of ending the word. Public because the console's
 * profile reads it through Gogo, which calls its accessors reflectively.
 */
public record Suggestion(String value, String description, boolean complete) {
}
