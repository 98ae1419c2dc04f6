package org.chainatlas.registry.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson's tree of one JSON value, built as gson builds it (without recursion, so depth is only
 * the reader's nesting limit), except that a key an object already holds is refused: gson keeps
 * the last value silently, and a file that says two things for one field says nothing clear.
 * One lookup per member; the tree and the numbers in it are as gson's own.
 */
final class JsonTree {
    /**
     * A key met twice in one object. Where: the object's path, and the line of the second key and
     * the column just after its closing quote (all the reader knows; {@link JsonText} finds the
     * opening quote in the text).
     */
    static final class DuplicateKey extends IOException {
        private static final long serialVersionUID = 1L;
        final String key;
        final String object;
        final int line;
        final int columnAfter;

        DuplicateKey(String key, String object, int line, int columnAfter) {
            super("duplicate key \"" + key + "\" in " + object);
            this.key = key;
            this.object = object;
            this.line = line;
            this.columnAfter = columnAfter;
        }
    }

    private JsonTree() {
    }

    /** The value at the reader, whole; the reader's own errors (syntax, nesting) pass through. */
    static JsonElement read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        JsonElement current = open(in, token);
        if (current == null) {
            return terminal(in, token);
        }
        Deque<JsonElement> stack = new ArrayDeque<>();
        while (true) {
            while (in.hasNext()) {
                String name = null;
                if (current instanceof JsonObject object) {
                    name = in.nextName();
                    if (object.has(name)) {
                        throw duplicate(in, name);
                    }
                }
                token = in.peek();
                JsonElement value = open(in, token);
                boolean nested = value != null;
                if (!nested) {
                    value = terminal(in, token);
                }
                if (current instanceof JsonArray array) {
                    array.add(value);
                } else {
                    ((JsonObject) current).add(name, value);
                }
                if (nested) {
                    stack.addLast(current);
                    current = value;
                }
            }
            if (current instanceof JsonArray) {
                in.endArray();
            } else {
                in.endObject();
            }
            if (stack.isEmpty()) {
                return current;
            }
            current = stack.removeLast();
        }
    }

    private static JsonElement open(JsonReader in, JsonToken token) throws IOException {
        if (token == JsonToken.BEGIN_ARRAY) {
            in.beginArray();
            return new JsonArray();
        }
        if (token == JsonToken.BEGIN_OBJECT) {
            in.beginObject();
            return new JsonObject();
        }
        return null;
    }

    private static JsonElement terminal(JsonReader in, JsonToken token) throws IOException {
        return switch (token) {
            case STRING -> new JsonPrimitive(in.nextString());
            case NUMBER -> new JsonPrimitive(new Literal(in.nextString()));
            case BOOLEAN -> new JsonPrimitive(in.nextBoolean());
            case NULL -> {
                in.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("unexpected " + token + " in " + in.getPath());
        };
    }

    /** The reader stands just after the second key: its path ends in ".key", its position after the quote. */
    private static DuplicateKey duplicate(JsonReader in, String name) {
        String path = in.getPath();
        String object = path.substring(0, path.length() - name.length() - 1);
        Matcher at = Pattern.compile(" at line (\\d+) column (\\d+) ").matcher(in.toString());
        return at.find()
                ? new DuplicateKey(name, object, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)))
                : new DuplicateKey(name, object, 0, 0);
    }

    /**
     * A number as the file writes it, converted when asked, as gson's own tree keeps numbers (its
     * class for that is internal to the gson bundle): "1e999" stays "1e999" in a problem's words.
     */
    private static final class Literal extends Number {
        private static final long serialVersionUID = 1L;
        private final String text;

        Literal(String text) {
            this.text = text;
        }

        @Override
        public int intValue() {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return (int) longValue();
            }
        }

        @Override
        public long longValue() {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return (long) doubleValue(); // not BigDecimal: 1e999999999 would spell out a billion digits
            }
        }

        @Override
        public float floatValue() {
            return Float.parseFloat(text);
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Literal other && text.equals(other.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }
}
