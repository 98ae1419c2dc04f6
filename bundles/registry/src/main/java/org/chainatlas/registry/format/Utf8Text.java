package org.chainatlas.registry.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainatlas.api.Problem;

/**
 * A document's bytes as UTF-8 text, or one sentence saying what else they are: a byte-order mark,
 * UTF-16 (what some editors on Windows save as "Unicode"), or bytes that are not UTF-8, with the
 * line and column of the first of them.
 */
final class Utf8Text {
    private Utf8Text() {
    }

    /** What can be told from the first bytes, before any decoding: refused here, cheaply, whatever the size. */
    static void checkStart(byte[] bytes) throws FormatException {
        int b0 = bytes.length > 0 ? bytes[0] & 0xff : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && bytes.length >= 3 && (bytes[2] & 0xff) == 0xBF) {
            throw fail(1, 1, "the file starts with a byte-order mark; save it as UTF-8 without BOM");
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            throw fail(1, 1, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        // "{\n" in UTF-16 is 00 7B 00 0A or 7B 00 0A 00: a zero in every other byte, which no JSON text has
        if (bytes.length >= 4 && (bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 && bytes[3] != 0
                || bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 && bytes[2] != 0)) {
            throw fail(1, 1, "the file looks like UTF-16 (every other byte is zero); save it as UTF-8");
        }
    }

    /**
     * The text, decoded once by the JDK's fast path; only a text holding U+FFFD, which is either
     * in the file or stands for bytes that are not UTF-8, is decoded again strictly to tell which.
     */
    static String decode(byte[] bytes) throws FormatException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = strict.decode(in, CharBuffer.allocate(text.length()), true);
        if (!result.isError()) {
            return text;
        }
        int bad = in.position();
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        throw fail(line, column, String.format("the file is not valid UTF-8 (byte 0x%02X cannot stand here); save it as UTF-8",
                bytes[bad] & 0xff));
    }

    private static FormatException fail(int line, int column, String message) {
        return new FormatException(List.of(Problem.error(null, message).at(null, line, column)));
    }
}
