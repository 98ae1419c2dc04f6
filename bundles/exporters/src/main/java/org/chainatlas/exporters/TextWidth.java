package org.chainatlas.exporters;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.model.Widths;

/**
 * How wide text is drawn, in em, and how it wraps. The diagram cannot measure fonts, so it
 * estimates: CJK ideographs, kana, hangul and fullwidth forms take about 1 em, combining and
 * format characters nothing, everything else about 0.55 em. Works on code points, so a
 * character outside the BMP is never split into its surrogates.
 */
final class TextWidth {

    static final double NARROW = 0.55;

    /** Punctuation that must not start a line: it stays with what comes before it. */
    private static final String NO_BREAK_BEFORE = Widths.CLOSING;
    /** Punctuation that must not end a line: it stays with what comes after it. */
    private static final String NO_BREAK_AFTER = Widths.OPENING;

    private TextWidth() {
    }

    /** Width of {@code text} in em. */
    static double em(String text) {
        return text == null ? 0 : text.codePoints().mapToDouble(TextWidth::em).sum();
    }

    /** A character two terminal columns wide is drawn about 1 em wide, a one-column one about 0.55 em. */
    static double em(int cp) {
        int columns = Widths.columns(cp);
        return columns == 2 ? 1 : columns * NARROW;
    }

    /**
     * {@code text} broken into lines of at most {@code maxEm}: between words, between CJK
     * characters (never before closing or after opening punctuation), and inside a word only
     * where the word alone is wider than a line. Nothing is dropped or cut mid-character.
     */
    static List<String> wrap(String text, double maxEm) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Chunk chunk : chunks(text == null ? "" : text.strip())) {
            String candidate = line.length() == 0 ? chunk.text : line + (chunk.spaceBefore ? " " : "") + chunk.text;
            if (em(candidate) <= maxEm) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            List<String> pieces = split(chunk.text, maxEm);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line.append(pieces.get(pieces.size() - 1));
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width in em of the widest part of {@code text} that {@link #wrap} keeps on one line. */
    static double widestUnbreakable(String text) {
        return chunks(text == null ? "" : text.strip()).stream().mapToDouble(c -> em(c.text)).max().orElse(0);
    }

    /** A run that wraps as one, and whether a space separated it from the run before. */
    private record Chunk(String text, boolean spaceBefore) {
    }

    private static List<Chunk> chunks(String text) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentSpaceBefore = false;
        boolean spaceSeen = false;
        int previous = -1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                spaceSeen = true;
                continue;
            }
            boolean join = current.length() > 0 && !spaceSeen && joins(previous, cp);
            if (!join && current.length() > 0) {
                chunks.add(new Chunk(current.toString(), currentSpaceBefore));
                current.setLength(0);
            }
            if (current.length() == 0) {
                currentSpaceBefore = spaceSeen;
            }
            current.appendCodePoint(cp);
            spaceSeen = false;
            previous = cp;
        }
        if (current.length() > 0) {
            chunks.add(new Chunk(current.toString(), currentSpaceBefore));
        }
        return chunks;
    }

    /** True where no line break may fall between {@code before} and {@code cp}. */
    private static boolean joins(int before, int cp) {
        if (em(cp) == 0 || NO_BREAK_BEFORE.indexOf(cp) >= 0 || NO_BREAK_AFTER.indexOf(before) >= 0) {
            return true;
        }
        // Latin words hold together; a wide character on either side allows a break.
        return em(cp) < 1 && em(before) < 1;
    }

    /** A chunk wider than a line, split between characters (marks stay with their base). */
    private static List<String> split(String chunk, double maxEm) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < chunk.length(); i += Character.charCount(chunk.codePointAt(i))) {
            int cp = chunk.codePointAt(i);
            if (piece.length() > 0 && em(cp) > 0 && em(piece.toString()) + em(cp) > maxEm) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
