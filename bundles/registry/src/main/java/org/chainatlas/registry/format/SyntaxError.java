package org.chainatlas.registry.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainatlas.api.Problem;

/**
 * Gson's complaint about a text that is not JSON, as one sentence for the person who wrote it.
 * Gson says where it stopped ("... at line 3 column 5 path $.x", sometimes one character past
 * the culprit) and, for most faults, only "malformed JSON"; this names what stands there instead
 * (a comment, single quotes, NaN, a number JSON does not allow) at the column where it starts.
 */
final class SyntaxError {
    private static final Pattern POSITION = Pattern.compile("at line (\\d+) column (\\d+)");
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?(NaN|Infinity)");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.0-9][-+.0-9a-zA-Z]*");
    private static final String STRUCTURE = "{}[],:";

    private SyntaxError() {
    }

    /** The problem gson's {@code message} describes in {@code text}. */
    static Problem of(String message, String text) {
        String raw = message == null ? "not JSON" : message.split("\n")[0];
        int see = raw.indexOf(" See https://");
        if (see >= 0) {
            raw = raw.substring(0, see);
        }
        Matcher at = POSITION.matcher(raw);
        String what = raw.replaceAll("\\s*at line \\d+ column \\d+.*$", "");
        if (!at.find()) {
            return Problem.error(null, "invalid JSON: " + decapitalize(what));
        }
        int line = Integer.parseInt(at.group(1));
        int column = Integer.parseInt(at.group(2));
        if (what.startsWith("Use JsonReader.setStrictness")) {
            return unexpected(text, line, column);
        }
        if (what.startsWith("Unescaped control characters")) {
            return Problem.error(null, "invalid JSON: a string holds a control character (U+0000 to U+001F) as it is;"
                    + " write it as an escape such as \\n or \\u0000, or leave it out").at(null, line, column);
        }
        return Problem.error(null, "invalid JSON: " + decapitalize(what)).at(null, line, column);
    }

    /** Something stands after the one JSON value a file holds; gson stopped at or just past its first character. */
    static Problem trailing(String readerPosition, String text) {
        Matcher at = POSITION.matcher(readerPosition);
        if (!at.find()) {
            return Problem.error(null, "there is more after the end of the JSON document; a dataset is one JSON object");
        }
        int[] start = start(text, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));
        return Problem.error(null, "there is more after the end of the JSON document (" + token(text, start)
                + "); a dataset is one JSON object").at(null, start[0], start[1]);
    }

    private static Problem unexpected(String text, int line, int column) {
        int[] start = start(text, line, column);
        String token = token(text, start);
        String why;
        if (token.startsWith("/") || token.startsWith("#")) {
            why = "JSON has no comments";
        } else if (token.startsWith("'")) {
            why = "JSON puts strings and names in double quotes";
        } else if (NON_FINITE.matcher(token).matches()) {
            why = "JSON has no NaN or Infinity, only numbers in digits such as 40 or 0.5";
        } else if (NUMBER_LIKE.matcher(token).matches()) {
            why = "JSON writes numbers as 12, 0.5, -3 or 1e6 (no leading zero, '+' or bare '.')";
        } else {
            why = "a value is a \"string\", a number, true, false, null, an {object} or an [array], and names are in double quotes";
        }
        return Problem.error(null, "invalid JSON: unexpected " + token + "; " + why).at(null, start[0], start[1]);
    }

    /**
     * Where the culprit starts: gson's column is either at it (a bare word or number) or one past
     * its first character (a quote, a slash, a bracket), which the character before tells apart.
     */
    private static int[] start(String text, int line, int column) {
        int lineStart = lineStart(text, line);
        int at = lineStart + column - 1;
        int before = at - 1;
        if (before >= lineStart && before < text.length() && !Character.isWhitespace(text.charAt(before))
                && (STRUCTURE.indexOf(text.charAt(before)) < 0 || at >= text.length() || Character.isWhitespace(text.charAt(at))
                || STRUCTURE.indexOf(text.charAt(at)) >= 0)) {
            return new int[] {line, column - 1};
        }
        return new int[] {line, column};
    }

    /** The word at a position, cut short: what a reader looks for on that line. */
    private static String token(String text, int[] position) {
        int from = lineStart(text, position[0]) + position[1] - 1;
        if (from < 0 || from >= text.length()) {
            return "end of file";
        }
        int to = from + 1;
        while (to < text.length() && to - from < 20 && !Character.isWhitespace(text.charAt(to))
                && STRUCTURE.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        boolean cut = to < text.length() && to - from == 20 && !Character.isWhitespace(text.charAt(to));
        return text.substring(from, to) + (cut ? "…" : "");
    }

    private static int lineStart(String text, int line) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        return Math.max(start, 0);
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
