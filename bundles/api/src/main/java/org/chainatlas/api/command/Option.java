package org.chainatlas.api.command;

import org.chainatlas.api.model.Text;

/**
 * One option of a command: {@code --name}, and for an option that takes a value the value's name
 * as help shows it ({@code LAYER}), else null (a flag). {@code byDefault} is what help says
 * applies when it is not given (null: nothing); {@code choices} the valid values, or null where
 * any text goes; {@code kind} whether the value is text, a whole number of 1 or more, or a file.
 */
public record Option(String name, String value, Text help, String byDefault, Choices choices, Kind kind) {

    /** What an option's value is, for the parser (numbers) and completion (files). */
    public enum Kind { TEXT, NUMBER, FILE }

    public Option {
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("an option's name starts with --: " + name);
        }
    }

    public static Option flag(String name, Text help) {
        return new Option(name, null, help, null, null, Kind.TEXT);
    }

    public static Option value(String name, String value, Text help) {
        return new Option(name, value, help, null, null, Kind.TEXT);
    }

    public boolean isFlag() {
        return value == null;
    }

    public Option byDefault(String text) {
        return new Option(name, value, help, text, choices, kind);
    }

    public Option choices(Choices valid) {
        return new Option(name, value, help, byDefault, valid, kind);
    }

    public Option kind(Kind of) {
        return new Option(name, value, help, byDefault, choices, of);
    }
}
