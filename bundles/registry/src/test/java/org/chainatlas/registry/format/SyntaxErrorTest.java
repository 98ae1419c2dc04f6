package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file that is not JSON, or not UTF-8, is refused in one sentence naming what stands where. */
class SyntaxErrorTest {

    private static String refusal(byte[] bytes) {
        FormatException e = assertThrows(FormatException.class, () -> DatasetReader.read(bytes));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).toString();
    }

    private static String refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatGsonCallsMalformedIsNamedAtItsFirstCharacter() {
        assertEquals("2:11: invalid JSON: unexpected NaN; JSON has no NaN or Infinity, only numbers in digits such as 40 or 0.5",
                refusal("{\"id\": \"x\",\n \"share\": NaN}"));
        assertEquals("1:7: invalid JSON: unexpected -Infinity; JSON has no NaN or Infinity, only numbers in digits such as 40 or 0.5",
                refusal("{\"a\": -Infinity}"));
        assertEquals("1:10: invalid JSON: unexpected //; JSON has no comments", refusal("{\"a\": 1, // a note\n}"));
        assertEquals("1:2: invalid JSON: unexpected 'a'; JSON puts strings and names in double quotes", refusal("{'a': 1}"));
        assertEquals("1:7: invalid JSON: unexpected 01; JSON writes numbers as 12, 0.5, -3 or 1e6 (no leading zero, '+' or bare '.')",
                refusal("{\"a\": 01}"));
        assertEquals("1:2: invalid JSON: unexpected id; a value is a \"string\", a number, true, false, null, an {object} or an"
                + " [array], and names are in double quotes", refusal("{id: 1}"));
    }

    @Test
    void moreAfterTheDocumentIsShownWhereItStarts() {
        assertEquals("3:1: there is more after the end of the JSON document (garbage); a dataset is one JSON object",
                refusal("{\"a\": 1}\n\ngarbage\n"));
        assertEquals("1:9: there is more after the end of the JSON document (}); a dataset is one JSON object",
                refusal("{\"a\": 1}}"));
    }

    @Test
    void aControlCharacterInAStringIsNamed() {
        assertEquals("1:8: invalid JSON: a string holds a control character (U+0000 to U+001F) as it is; write it as an escape"
                + " such as \\n or \\u0000, or leave it out", refusal("{\"a\": \"x\u0000\"}"));
    }

    /** The parser's nesting limit answers, in one sentence, however deep the file goes: no StackOverflowError. */
    @Test
    void nestingAHundredThousandDeepIsOneSentence() {
        assertEquals("1:267: invalid JSON: nesting limit 255 reached", refusal("{\"format\": " + "[".repeat(100_000)));
        String large = "{\"format\": [1, " + "[".repeat(JsonText.HALVED_FROM_BYTES) + "]".repeat(JsonText.HALVED_FROM_BYTES) + ", 2]}";
        assertEquals("1:270: invalid JSON: nesting limit 255 reached", refusal(large));
    }

    @Test
    void utf16IsNamedAsSuch() {
        String json = "{\"id\": \"x\"}";
        byte[] le = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[le.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withMark, 2, le.length);
        assertEquals("1:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", refusal(withMark));
        assertEquals("1:1: the file looks like UTF-16 (every other byte is zero); save it as UTF-8",
                refusal(json.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("1:1: the file looks like UTF-16 (every other byte is zero); save it as UTF-8", refusal(le));
    }

    @Test
    void bytesThatAreNotUtf8AreShownWhereTheyStand() {
        byte[] overlong = "{\"a\":\n \"中x\"}".getBytes(StandardCharsets.UTF_8);
        overlong[overlong.length - 3] = (byte) 0xC0; // "x" becomes the start of an overlong sequence
        assertEquals("2:4: the file is not valid UTF-8 (byte 0xC0 cannot stand here); save it as UTF-8", refusal(overlong));
        byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertEquals("1:7: the file is not valid UTF-8 (byte 0xED cannot stand here); save it as UTF-8", refusal(surrogate));
    }
}
