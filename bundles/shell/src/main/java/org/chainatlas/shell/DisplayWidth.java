package org.chainatlas.shell;

import org.chainatlas.api.model.Widths;

/**
 * How many terminal columns text takes: wide and fullwidth characters (Unicode East Asian Width W
 * and F) take two, combining and format characters none, everything else one. Ambiguous
 * characters count as one, as terminals do outside CJK legacy encodings. Works on code points, so
 * characters outside the BMP (CJK extensions, emoji) are measured once, not per surrogate.
 */
final class DisplayWidth {

    private static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /** Columns {@code text} takes on a terminal; null counts as empty. */
    static int of(String text) {
        return Widths.columns(text);
    }

    /** Columns one code point takes: 0, 1 or 2. */
    static int of(int codePoint) {
        return Widths.columns(codePoint);
    }

    /**
     * {@code text} cut to at most {@code max} columns, ending in "…" where it was cut. Cuts only
     * before a character that takes room, so a surrogate pair is never split and combining marks
     * stay with the character they belong to.
     */
    static String truncate(String text, int max) {
        if (of(text) <= max) {
            return text;
        }
        int room = max - of(ELLIPSIS);
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int w = of(text.codePointAt(i));
            if (used + w > room) {
                break;
            }
            used += w;
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(0, i) + ELLIPSIS;
    }

    /** Pads {@code text} with spaces to {@code width} columns, on the right or on the left. */
    static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - of(text)));
        return right ? spaces + text : text + spaces;
    }
}
