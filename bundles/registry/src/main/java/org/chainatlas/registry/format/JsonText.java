package org.chainatlas.registry.format;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainatlas.api.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes to a JSON tree, with one clear sentence for each way a file can fail to be JSON at all. */
final class JsonText {
    /** The tree, and the bytes it came from (to locate problems found later). */
    record Parsed(JsonElement root, byte[] bytes) {
        /** The text, decoded when a problem is to be located in it: a valid file never needs it. */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern POSITION = Pattern.compile("at line (\\d+) column (\\d+)");

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
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            throw fail("line 1:1: the file starts with a byte-order mark; save it as UTF-8 without BOM");
        }
        if (bytes.length >= halvedFrom) {
            JsonElement root = HalvedParse.parse(bytes);
            if (root != null) {
                return new Parsed(root, bytes);
            }
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw fail("the file is empty; a dataset is one JSON object");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (!atEnd(reader)) {
                throw fail(position(reader.toString()) + "there is more after the end of the JSON document");
            }
            return new Parsed(root, bytes);
        } catch (JsonParseException e) {
            throw fail(syntaxMessage(e));
        } catch (IllegalStateException e) {
            throw fail("the file is not JSON: " + e.getMessage());
        }
    }

    /** A strict reader refuses to even look at a second document; either way, it is not the end. */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == com.google.gson.stream.JsonToken.END_DOCUMENT;
        } catch (IOException | JsonParseException e) {
            return false;
        }
    }

    /**
     * The text, decoded once by the JDK's fast path; only a text holding U+FFFD, which is either
     * in the file or stands for bytes that are not UTF-8, is decoded again strictly to tell which.
     */
    private static String decode(byte[] bytes) throws FormatException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return text;
        } catch (CharacterCodingException e) {
            throw fail("the file is not valid UTF-8; save it as UTF-8");
        }
    }

    /** Gson says "... at line 3 column 5 path $.x" plus a link; keep what a user needs. */
    private static String syntaxMessage(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String raw = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        raw = raw.split("\n")[0];
        int see = raw.indexOf(" See https://");
        if (see >= 0) {
            raw = raw.substring(0, see);
        }
        String where = position(raw);
        String what = raw.replaceAll("\\s*at line \\d+ column \\d+.*$", "")
                .replaceFirst("^Use JsonReader.setStrictness\\(Strictness.LENIENT\\) to accept malformed JSON", "malformed JSON");
        return where + "invalid JSON: " + decapitalize(what);
    }

    private static String position(String message) {
        Matcher m = POSITION.matcher(message);
        return m.find() ? "line " + m.group(1) + ":" + m.group(2) + ": " : "";
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static FormatException fail(String message) {
        Matcher m = Pattern.compile("^line (\\d+):(\\d+): (.*)$", Pattern.DOTALL).matcher(message);
        Problem problem = m.matches()
                ? Problem.error(null, m.group(3)).at(null, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : Problem.error(null, message);
        return new FormatException(List.of(problem));
    }
}
