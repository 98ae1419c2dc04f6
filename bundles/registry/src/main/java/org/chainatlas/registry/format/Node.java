package org.chainatlas.registry.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chainatlas.api.Problem;
import org.chainatlas.api.model.Ids;
import org.chainatlas.api.model.Text;

/**
 * A JSON value with its path ($.entries[3].name) and the problem list it reports into, so readers
 * collect every problem of a document in one pass instead of stopping at the first.
 */
final class Node {
    private final JsonElement value;
    private final JsonPath path;
    private final List<Problem> problems;
    /** Set when this node's string was refused for an unsafe character, so its text says so once. */
    private boolean unsafe;

    Node(JsonElement value, JsonPath path, List<Problem> problems) {
        this.value = value;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path.toString();
    }

    boolean isObject() {
        return value != null && value.isJsonObject();
    }

    void problem(String message) {
        problems.add(Problem.error(path.toString(), message));
    }

    /** A member of this object; a missing member yields a node whose value is null. */
    Node get(String name) {
        JsonElement member = isObject() ? value.getAsJsonObject().get(name) : null;
        return new Node(member == null || member.isJsonNull() ? null : member, path.member(name), problems);
    }

    boolean present() {
        return value != null;
    }

    /** Reports a problem unless this node is an object. */
    boolean requireObject() {
        if (isObject()) {
            return true;
        }
        problem(value == null ? "is missing; it must be an object" : "must be an object, not " + kind());
        return false;
    }

    String string(boolean required) {
        if (value == null) {
            if (required) {
                problem("is missing; it must be a string");
            }
            return null;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
            problem("must be a string, not " + kind());
            return null;
        }
        return value.getAsString();
    }

    String id(boolean required) {
        String id = string(required);
        if (id != null && !Ids.valid(id)) {
            problem("'" + id + "' is not a valid id; use 1-80 lowercase letters, digits, '-', '.' or '_', never two dots in a row");
            return null;
        }
        return id;
    }

    Long integer(boolean required) {
        if (value == null) {
            if (required) {
                problem("is missing; it must be a whole number");
            }
            return null;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
            problem("must be a whole number, not " + kind());
            return null;
        }
        double d = value.getAsDouble();
        if (d != Math.rint(d) || Math.abs(d) > 1e15) {
            problem("must be a whole number, not " + value);
            return null;
        }
        return (long) d;
    }

    Double number() {
        if (value == null) {
            return null;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
            problem("must be a number, not " + kind());
            return null;
        }
        return value.getAsDouble();
    }

    boolean bool(boolean fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
            problem("must be true or false, not " + kind());
            return fallback;
        }
        return value.getAsBoolean();
    }

    /**
     * A bilingual text {"zh": ..., "en": ...} with at least one non-blank side that may run over
     * several lines (a description, a note): it may hold line breaks and tabs, but no other
     * character that could take over a terminal or hide text.
     */
    Text text(boolean required) {
        return text(required, true);
    }

    /** A text of one line (a name, a title, a unit): no line break or tab either, so it cannot forge a table row. */
    Text line(boolean required) {
        return text(required, false);
    }

    private Text text(boolean required, boolean multiline) {
        if (value == null) {
            if (required) {
                problem("is missing; it must be an object {\"zh\": ..., \"en\": ...}");
            }
            return null;
        }
        if (!requireObject()) {
            return null;
        }
        Node zhNode = get("zh");
        Node enNode = get("en");
        String zh = zhNode.safeString(multiline);
        String en = enNode.safeString(multiline);
        if (zhNode.unsafe || enNode.unsafe) {
            return null;
        }
        if ((zh == null || zh.isBlank()) && (en == null || en.isBlank())) {
            problem("needs a non-empty \"zh\" or \"en\"");
            return null;
        }
        return new Text(zh, en);
    }

    private String safeString(boolean multiline) {
        String s = string(false);
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c, multiline)) {
                problem(String.format("holds the character U+%04X at position %d; text may not hold control, bidi-override"
                        + " or zero-width characters%s", (int) c, i + 1, multiline ? "" : ", nor line breaks or tabs in a name"));
            } else if (c == '\u2028' || c == '\u2029') {
                problem(String.format("holds the line separator U+%04X at position %d, which terminals do not show as"
                        + " a line break; %s", (int) c, i + 1, multiline ? "break lines with \\n" : "a name is one line"));
            } else if (Character.isSurrogate(c) && !paired(s, i)) {
                problem(String.format("holds U+%04X at position %d, half of a UTF-16 surrogate pair with no other half,"
                        + " which is no character; check the \\u escapes", (int) c, i + 1));
            } else {
                if (Character.isHighSurrogate(c)) {
                    i++; // the pair's low half is its own character's second half
                }
                continue;
            }
            unsafe = true;
            return null;
        }
        return s;
    }

    /** A string of one line that is no text of its own (an organisation key): what a name may hold. */
    String safeLine(boolean required) {
        return value == null ? string(required) : safeString(false);
    }

    /** Whether the surrogate at {@code i} is half of a pair (high then low). */
    private static boolean paired(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * A web address: as a string, with no space, control, bidi or zero-width character in it, so
     * that it is one word a terminal shows as it is (the schema checks that it starts with http).
     */
    String address(boolean required) {
        String s = string(required);
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || unsafe(c, false)) {
                problem(String.format("holds the character U+%04X at position %d; a web address has no spaces or"
                        + " control characters (write a space as %%20)", (int) c, i + 1));
                return null;
            }
        }
        return s;
    }

    /** C0 and C1 controls (but line breaks and tabs where a text may run over lines), bidi controls, zero-width characters. */
    private static boolean unsafe(char c, boolean multiline) {
        if (c < 0x20) {
            return !(multiline && (c == '\n' || c == '\t'));
        }
        return (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2060 && c <= 0x2069) || c == 0xfeff;
    }

    /** The elements of an array (empty where absent); reports a problem if this is not an array. */
    List<Node> elements() {
        List<Node> nodes = new ArrayList<>();
        if (value == null) {
            return nodes;
        }
        if (!value.isJsonArray()) {
            problem("must be an array, not " + kind());
            return nodes;
        }
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            nodes.add(new Node(array.get(i), path.item(i), problems));
        }
        return nodes;
    }

    /** A string, or an array of strings, read as a list (e.g. one category or several). */
    List<String> stringOrStrings() {
        if (value != null && value.isJsonArray()) {
            return mapElements(n -> n.id(true));
        }
        String one = id(true);
        return one == null ? List.of() : List.of(one);
    }

    <T> List<T> mapElements(Function<Node, T> reader) {
        List<T> out = new ArrayList<>();
        for (Node node : elements()) {
            T item = reader.apply(node);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    List<String> memberNames() {
        return isObject() ? new ArrayList<>(value.getAsJsonObject().keySet()) : List.of();
    }

    private String kind() {
        return SchemaValidator.kind(value);
    }

    static JsonObject asObject(JsonElement element) {
        return element.getAsJsonObject();
    }
}
