package org.chainatlas.api.command;

import org.chainatlas.api.model.Text;

/**
 * The words of a command that are not options: how help writes them ({@code ID}, {@code A B},
 * {@code TEXT...}), what they are, how many the command takes ({@code max} -1: any number), and
 * their values where they come from a known set (entry ids, datasets) or are files ({@code files}).
 */
public record Operands(String syntax, Text help, int min, int max, Choices choices, boolean files) {

    public static final Operands NONE = new Operands("", Text.of("无", "none"), 0, 0, null, false);

    public static Operands of(String syntax, Text help, int min, int max) {
        return new Operands(syntax, help, min, max, null, false);
    }

    public Operands choices(Choices valid) {
        return new Operands(syntax, help, min, max, valid, files);
    }

    /** The words are paths of files, completed as such. */
    public Operands asFiles() {
        return new Operands(syntax, help, min, max, choices, true);
    }
}
