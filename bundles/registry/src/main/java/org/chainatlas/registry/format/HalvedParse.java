package org.chainatlas.registry.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.chainatlas.registry.concurrent.Forked;

/**
 * Parses a large document on two cores: its longest top-level array (a dataset's entries) is cut
 * at the element boundary nearest its middle; the document without the second half is decoded
 * and parsed here while the second half, as an array of its own, is decoded and parsed on the
 * common pool, and the two halves are joined into one tree. Decoding and parsing were the part of
 * installing a 10,000-entry file that only ever used one core.
 *
 * <p>The cut is found by a scan of the UTF-8 bytes that follows JSON's strings and brackets (their
 * characters are ASCII, and no byte of a multi-byte character is ASCII). Each half is decoded
 * strictly: bytes that are not UTF-8 stop it. The text is valid JSON
 * exactly when both parts are (each strictly, to its end) and each half holds at least one
 * element, so that the comma cut out stood between two values; a key twice in one object stops
 * either part, as it stops the one parse. Anything else, whether invalid
 * text or a shape with nothing worth cutting, gives {@code null}: the caller parses the whole text
 * as before, which also finds the words and the position of what is wrong.
 */
final class HalvedParse {
    /** Where a top-level array value opens and closes, under which member, and the comma to cut at. */
    private record Cut(String member, int open, int comma, int close) {
    }

    private HalvedParse() {
    }

    /** The tree of the UTF-8 {@code text}, or null when it cannot or need not be parsed in halves. */
    static JsonElement parse(byte[] text) {
        Cut cut = find(text);
        if (cut == null) {
            return null;
        }
        Forked<JsonArray> second = Forked.start(new SecondHalf(text, cut));
        JsonElement root;
        try {
            root = strict(slices(text, 0, cut.comma(), cut.close(), text.length));
        } catch (RuntimeException e) {
            second.join(); // nothing may run on after the caller has moved on
            return null;
        }
        JsonArray rest;
        try {
            rest = second.join();
        } catch (RuntimeException e) {
            return null;
        }
        JsonElement first = root.isJsonObject() ? root.getAsJsonObject().get(cut.member()) : null;
        if (rest == null || first == null || !first.isJsonArray() || first.getAsJsonArray().isEmpty() || rest.isEmpty()) {
            return null;
        }
        first.getAsJsonArray().addAll(rest);
        return root;
    }

    /**
     * The second half, "[[" + the elements after the cut + "]]": one array more around it, so its
     * elements stand as deep as in the whole document (the parser limits nesting); null where it
     * is not one array of elements.
     */
    private static final class SecondHalf implements Callable<JsonArray> {
        private final byte[] text;
        private final Cut cut;

        SecondHalf(byte[] text, Cut cut) {
            this.text = text;
            this.cut = cut;
        }

        @Override
        public JsonArray call() {
            try {
                InputStream open = new ByteArrayInputStream(new byte[] {'[', '['});
                InputStream close = new ByteArrayInputStream(new byte[] {']'});
                JsonElement half = strict(new SequenceInputStream(
                        new SequenceInputStream(open, slices(text, cut.comma() + 1, cut.close() + 1)), close));
                return half.isJsonArray() && half.getAsJsonArray().size() == 1 && half.getAsJsonArray().get(0).isJsonArray()
                        ? half.getAsJsonArray().get(0).getAsJsonArray() : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * One whole JSON value, strictly, with nothing after it and no key twice in an object, from
     * strictly decoded UTF-8. Every object lies whole in one part (the cut is between elements of
     * an array), so each part finds the duplicate keys it holds.
     */
    private static JsonElement strict(InputStream in) {
        JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = JsonTree.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more after the value");
            }
            return element;
        } catch (IOException e) {
            throw new JsonParseException(e);
        }
    }

    /**
     * The longest array that is the value of a member of the root object, cut at the comma
     * between its elements nearest its middle; null if the root is no object, no such array has
     * two elements, a member name has an escape (the scan does not decode names) or the array's
     * member is named twice.
     */
    private static Cut find(byte[] text) {
        int depth = 0;
        boolean inString = false;
        boolean expectName = false;
        int nameStart = -1;
        String name = null;
        Cut best = null;
        int open = -1;
        int[] commas = new int[64];
        List<String> names = new ArrayList<>();
        int count = 0;
        for (int i = 0, n = text.length; i < n; i++) {
            byte c = text[i];
            if (inString) {
                if (c == '\\') {
                    if (depth == 1 && expectName) {
                        return null;
                    }
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 1 && expectName) {
                        name = new String(text, nameStart, i - nameStart, StandardCharsets.UTF_8);
                        names.add(name);
                        expectName = false;
                    }
                }
            } else if (c == '"') {
                inString = true;
                nameStart = i + 1;
            } else if (c == '{' || c == '[') {
                if (depth == 0 && c == '[') {
                    return null;
                }
                depth++;
                expectName = depth == 1;
                if (depth == 2 && c == '[') {
                    open = i;
                    count = 0;
                }
            } else if (c == '}' || c == ']') {
                if (depth == 2 && open >= 0) {
                    if (count > 0 && (best == null || i - open > best.close() - best.open())) {
                        best = new Cut(name, open, nearest(commas, count, open + (i - open) / 2), i);
                    }
                    open = -1;
                }
                depth--;
            } else if (c == ',') {
                if (depth == 1) {
                    expectName = true;
                } else if (depth == 2 && open >= 0) {
                    if (count == commas.length) {
                        commas = Arrays.copyOf(commas, count * 2);
                    }
                    commas[count++] = i;
                }
            }
        }
        // a member named twice is an error the one parse words and locates: no need to start the halves
        return best == null || names.indexOf(best.member()) != names.lastIndexOf(best.member()) ? null : best;
    }

    /** Of the {@code count} ascending positions, the one nearest {@code middle}. */
    private static int nearest(int[] positions, int count, int middle) {
        int at = Arrays.binarySearch(positions, 0, count, middle);
        if (at >= 0) {
            return positions[at];
        }
        int after = -at - 1;
        if (after == 0) {
            return positions[0];
        }
        if (after == count) {
            return positions[count - 1];
        }
        return middle - positions[after - 1] <= positions[after] - middle ? positions[after - 1] : positions[after];
    }

    /** The byte ranges {@code [from, to)} of {@code text}, one after the other, without copying them. */
    private static InputStream slices(byte[] text, int... ranges) {
        InputStream joined = new ByteArrayInputStream(text, ranges[0], ranges[1] - ranges[0]);
        for (int r = 2; r < ranges.length; r += 2) {
            joined = new SequenceInputStream(joined, new ByteArrayInputStream(text, ranges[r], ranges[r + 1] - ranges[r]));
        }
        return joined;
    }
}
