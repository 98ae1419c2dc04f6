package org.chainatlas.registry.format;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainatlas.api.Problem;

/** Bytes to a JSON tree, with one clear sentence for each way a file can fail to be JSON at all. */
final class JsonText {
    /** The tree, and the bytes it came from (to locate problems found later). */
    record Parsed(JsonElement root, byte[] bytes) {
        /** The text, decoded when a problem is to be located in it: a valid file never needs it. */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private JsonText() {
    }

    /** From this size a document is decoded and parsed in two halves on two cores ({@link HalvedParse}). */
    static final int HALVED_FROM_BYTES = 256 * 1024;

    static Parsed parse(byte[] bytes) throws FormatException {
        return parse(bytes, HALVED_FROM_BYTES);
    }

    /** As {@link #parse(byte[])}, halving documents from {@code halvedFrom} bytes on (tests use small ones). */
    static Parsed parse(byte[] bytes, int halvedFrom) throws FormatException {
        if (bytes.length == 0) {
            throw fail("the file is empty; a dataset is one JSON object");
        }
        Utf8Text.checkStart(bytes);
        if (bytes.length >= halvedFrom) {
            JsonElement root = HalvedParse.parse(bytes);
            if (root != null) {
                return new Parsed(root, bytes);
            }
        }
        String text = Utf8Text.decode(bytes);
        if (text.isBlank()) {
            throw fail("the file is empty; a dataset is one JSON object");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = JsonTree.read(reader);
            if (!atEnd(reader)) {
                throw new FormatException(List.of(SyntaxError.trailing(reader.toString(), text)));
            }
            return new Parsed(root, bytes);
        } catch (JsonTree.DuplicateKey e) {
            throw new FormatException(List.of(duplicate(e, text)));
        } catch (IOException | JsonParseException e) {
            throw new FormatException(List.of(SyntaxError.of(e.getMessage(), text)));
        } catch (IllegalStateException e) {
            throw fail("the file is not JSON: " + e.getMessage());
        }
    }

    /**
     * "duplicate key" at the second key's opening quote: the reader stood just past its closing
     * quote, and a JSON string holds no unescaped quote, so the first one before it opens the key.
     */
    private static Problem duplicate(JsonTree.DuplicateKey e, String text) {
        int column = e.columnAfter;
        if (e.line > 0) {
            int lineStart = 0;
            for (int l = 1; l < e.line; l++) {
                lineStart = text.indexOf('\n', lineStart) + 1;
            }
            int quote = lineStart + e.columnAfter - 3; // the last character of the key
            while (quote >= lineStart && !(text.charAt(quote) == '"' && !escaped(text, quote))) {
                quote--;
            }
            column = quote - lineStart + 1;
        }
        String key = e.key.replace("\\", "\\\\").replace("\"", "\\\""); // as JSON writes it, so a quote in it reads right
        return Problem.error(e.object, "duplicate key \"" + key + "\"; each key may appear once in an object")
                .at(null, e.line, column);
    }

    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** A strict reader refuses to even look at a second document; either way, it is not the end. */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == com.google.gson.stream.JsonToken.END_DOCUMENT;
        } catch (IOException | JsonParseException e) {
            return false;
        }
    }

    private static FormatException fail(String message) {
        return new FormatException(List.of(Problem.error(null, message)));
    }
}
