package org.chainatlas.api.command;

import org.chainatlas.api.model.Text;

/** One value an option or operand accepts, with what it is (shown beside it by completion), or null. */
public record Choice(String value, Text about) {
    public Choice {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a choice needs a value");
        }
    }

    public static Choice of(String value) {
        return new Choice(value, null);
    }
}
