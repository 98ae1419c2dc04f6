package org.chainatlas.registry.format;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds where each value of a JSON text starts, by path ("$.entries[3].name" → line 41, column 7).
 * Gson's tree keeps no positions, and problems found after parsing must still point into the
 * file; this walks text that gson has already accepted, so it need not handle malformed input.
 */
final class JsonLocator {
    /** A 1-based line and column (columns count UTF-16 chars, as editors and gson do). */
    record Position(int line, int column) {
    }

    private final String text;
    private final Map<String, Position> positions = new HashMap<>();
    private int index;
    private int line = 1;
    private int column = 1;

    private JsonLocator(String text) {
        this.text = text;
    }

    static Map<String, Position> locate(String text) {
        JsonLocator locator = new JsonLocator(text);
        locator.skipSpace();
        if (locator.index < text.length()) {
            locator.value("$");
        }
        return locator.positions;
    }

    private void value(String path) {
        positions.put(path, new Position(line, column));
        char c = text.charAt(index);
        if (c == '{') {
            object(path);
        } else if (c == '[') {
            array(path);
        } else if (c == '"') {
            string();
        } else {
            while (index < text.length() && ",]} \t\r\n".indexOf(text.charAt(index)) < 0) {
                advance();
            }
        }
    }

    private void object(String path) {
        advance();
        skipSpace();
        while (index < text.length() && text.charAt(index) != '}') {
            String name = string();
            skipSpace();
            advance(); // ':'
            skipSpace();
            value(path + "." + name);
            skipSpace();
            if (index < text.length() && text.charAt(index) == ',') {
                advance();
                skipSpace();
            }
        }
        advance();
    }

    private void array(String path) {
        advance();
        skipSpace();
        int i = 0;
        while (index < text.length() && text.charAt(index) != ']') {
            value(path + "[" + i++ + "]");
            skipSpace();
            if (index < text.length() && text.charAt(index) == ',') {
                advance();
                skipSpace();
            }
        }
        advance();
    }

    /** Reads a string literal and returns its content, escapes resolved. */
    private String string() {
        StringBuilder out = new StringBuilder();
        advance();
        while (index < text.length() && text.charAt(index) != '"') {
            char c = text.charAt(index);
            if (c == '\\') {
                advance();
                char e = text.charAt(index);
                if (e == 'u') {
                    out.append((char) Integer.parseInt(text.substring(index + 1, index + 5), 16));
                    for (int k = 0; k < 4; k++) {
                        advance();
                    }
                } else {
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e;
                    });
                }
            } else {
                out.append(c);
            }
            advance();
        }
        advance();
        return out.toString();
    }

    private void skipSpace() {
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            advance();
        }
    }

    private void advance() {
        if (index < text.length() && text.charAt(index) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        index++;
    }
}
