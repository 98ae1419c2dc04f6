package org.chainatlas.shell;

import org.chainatlas.api.model.Widths;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given display width ({@link DisplayWidth}). Latin text
 * breaks at spaces, Chinese between any two characters, except that closing punctuation never
 * starts a line and opening punctuation never ends one ("（BSN）" stays together). A word wider
 * than the line is broken between characters, never inside one: a surrogate pair or a combining
 * mark stays with its character.
 */
final class Wrap {

    /** May not start a line: a break before them is not allowed. */
    private static final String CLOSING = Widths.CLOSING;
    /** May not end a line: a break after them is not allowed. */
    private static final String OPENING = Widths.OPENING;

    private Wrap() {
    }

    /** {@code text} in lines of at most {@code width} columns (at least one line, perhaps empty). */
    static List<String> lines(String text, int width) {
        return hanging("", "", text, width);
    }

    /**
     * {@code text} in lines of at most {@code width} columns, the first starting with
     * {@code first} and the others with {@code rest} (e.g. "· " and "  " for a bulleted item).
     */
    static List<String> hanging(String first, String rest, String text, int width) {
        int firstRoom = room(first, width);
        int restRoom = room(rest, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (Atom atom : atoms(text == null ? "" : text)) {
            int room = lines.isEmpty() ? firstRoom : restRoom;
            int w = DisplayWidth.of(atom.text);
            int gap = atom.spaceBefore && used > 0 ? 1 : 0;
            if (used + gap + w <= room) {
                line.append(gap == 1 ? " " : "").append(atom.text);
                used += gap + w;
                continue;
            }
            if (used > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            // The atom starts a line; one wider than the line is broken between characters.
            String remaining = atom.text;
            while (DisplayWidth.of(remaining) > (lines.isEmpty() ? firstRoom : restRoom)) {
                int cut = fitting(remaining, lines.isEmpty() ? firstRoom : restRoom);
                lines.add(remaining.substring(0, cut));
                remaining = remaining.substring(cut);
            }
            line.append(remaining);
            used = DisplayWidth.of(remaining);
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? first : rest) + lines.get(i));
        }
        return out;
    }

    /**
     * {@code items} joined by {@code separator}, breaking only between items, so that "已命名 0"
     * is never split; an item wider than the line wraps on lines of its own. The first line
     * starts with {@code first}, the others with {@code rest}.
     */
    static List<String> items(String first, String rest, List<String> items, String separator, int width) {
        int firstRoom = room(first, width);
        int restRoom = room(rest, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            int room = lines.isEmpty() ? firstRoom : restRoom;
            String joined = line.length() == 0 ? item : line + separator + item;
            if (DisplayWidth.of(joined) <= room) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            room = lines.isEmpty() ? firstRoom : restRoom;
            if (DisplayWidth.of(item) <= room) {
                line.append(item);
            } else {
                List<String> wrapped = hanging("", "", item, Math.min(firstRoom, restRoom));
                lines.addAll(wrapped.subList(0, wrapped.size() - 1));
                line.append(wrapped.get(wrapped.size() - 1));
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? first : rest) + lines.get(i));
        }
        return out;
    }

    private static int room(String prefix, int width) {
        int room = width - DisplayWidth.of(prefix);
        if (room < 1) {
            throw new IllegalArgumentException("no room for text in " + width + " columns after '" + prefix + "'");
        }
        return room;
    }

    /** How many chars of {@code text} fit in {@code room} columns: at least one character, and its marks. */
    private static int fitting(String text, int room) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > room && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
            // Zero-width code points (combining marks) stay with the character before them.
            while (i < text.length() && DisplayWidth.of(text.codePointAt(i)) == 0) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return i;
    }

    /** A piece of text no line may break inside (unless it alone is too wide), and whether a space precedes it. */
    private record Atom(String text, boolean spaceBefore) {
    }

    private static List<Atom> atoms(String text) {
        List<Atom> atoms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentSpaceBefore = false;
        boolean space = false;
        int last = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (current.length() > 0) {
                    atoms.add(new Atom(current.toString(), currentSpaceBefore));
                    current.setLength(0);
                }
                space = true;
                continue;
            }
            if (current.length() > 0 && !joins(last, cp)) {
                atoms.add(new Atom(current.toString(), currentSpaceBefore));
                current.setLength(0);
            }
            if (current.length() == 0) {
                currentSpaceBefore = space;
                space = false;
            }
            current.appendCodePoint(cp);
            last = cp;
        }
        if (current.length() > 0) {
            atoms.add(new Atom(current.toString(), currentSpaceBefore));
        }
        return atoms;
    }

    /** True where no line may break between {@code before} and {@code cp}. */
    private static boolean joins(int before, int cp) {
        if (DisplayWidth.of(cp) == 0 || CLOSING.indexOf(cp) >= 0 || OPENING.indexOf(before) >= 0) {
            return true;
        }
        // Latin letters and digits run on as one word; a wide (CJK) character on either side allows a break.
        return DisplayWidth.of(before) == 1 && DisplayWidth.of(cp) == 1;
    }
}
