package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

/**
 * A document parsed in two halves gives what one parse gives: the same tree for valid JSON, and
 * for anything else the same problem, in the same words at the same line and column, because
 * the halves then give way to the one parse. Damage is aimed at the whole text and, half the
 * time, at the middle of the entries array, where the cut falls.
 */
class HalvedParsePropertyTest {
    private static final String SEED = new String(SeedFiles.dataset(), StandardCharsets.UTF_8);
    private static final String SYNTAX = "{}[],:\"\\ 0a-";
    private static final int ALWAYS = 0;
    private static final int NEVER = Integer.MAX_VALUE;

    @Test
    void theSeedIsCutInTwoAndJoinedIntoTheSameTree() {
        assertEquals(JsonParser.parseString(SEED), HalvedParse.parse(SeedFiles.dataset()));
    }

    @Test
    void namesValuesAndShapesThatLookLikeCutsAreReadAsOneParseReadsThem() throws Exception {
        String[] texts = {
            "{\"a\": [1, 2, 3]}",
            "{\"a\": [\"x,y\", \"]\", \"[\\\"\", {\"b\": [4, 5]}], \"c\": [6, 7, 8, 9, 10]}",
            "{\"quoted\\\"name\": [1, 2], \"other\": [3, 4]}",
            "{\"one\": [1], \"none\": []}",
            "[1, 2, 3]",
            "{\"a\": [[1, 2], [3, 4], [5, 6]]}",
            "{\"中文\": [\"蚂蚁链\", \"长三角\", \"FISCO BCOS\"]}",
        };
        String[] broken = {
            "{\"a\": [1, , 2]}",
            "{\"a\": [1, 2,]}",
            "{\"a\": [, 1, 2]}",
            "{\"a\": [1, 2]} x",
            "{\"a\": [1, 2]}{}",
            "{\"a\": [1 2, 3]}",
            "{\"a\": [1, 2], }",
            "{\"a\": [\"x, 2]}",
            "{\"a\": [1, 2]",
            "{\"a\": [1, 2, 3, 4], \"a\": [5]}",
            "{\"a\": [{\"b\": 1}, {\"b\": 2, \"b\": 3}]}",
        };
        for (String text : texts) {
            assertSameAsOneParse(text);
        }
        // nested as deep as the parser allows, in the second half: both ways refuse or both accept
        for (int depth = 250; depth <= 258; depth++) {
            assertSameAsOneParse("{\"a\": [1, " + "[".repeat(depth) + "]".repeat(depth) + "]}");
        }
        for (String text : broken) {
            assertNull(HalvedParse.parse(utf8(text)), text);
            assertSameAsOneParse(text);
        }
        assertNull(HalvedParse.parse(utf8("{\"one\": [1]}")), "one element: nothing to cut");
        assertNull(HalvedParse.parse(utf8("[1, 2, 3]")), "the root is no object");
        assertNotNull(HalvedParse.parse(utf8("{\"中文\": [\"蚂蚁链\", \"长三角\"]}")));
        byte[] notUtf8 = utf8("{\"a\": [\"x\", \"y\", \"z\"]}");
        notUtf8[notUtf8.length - 5] = (byte) 0xC3; // a lead byte with no continuation, in the second half
        assertNull(HalvedParse.parse(notUtf8), "bytes that are not UTF-8 stop the halves");
        assertSameAsOneParse(notUtf8);
    }

    @Property(tries = 3000)
    void damagedDocumentsFailAsOneParseFails(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] bytes = SeedFiles.dataset();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            int position = random.nextBoolean() ? random.nextInt(bytes.length) : nearTheMiddleOfTheEntries(bytes, random);
            out.reset();
            out.write(bytes, 0, position);
            switch (random.nextInt(4)) {
                case 0 -> out.write(bytes, position + 1, bytes.length - position - 1); // a byte left out
                case 1 -> {
                    out.write(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                    out.write(bytes, position, bytes.length - position);
                }
                case 2 -> {
                    out.write(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                    out.write(bytes, position + 1, bytes.length - position - 1);
                }
                default -> { // any byte: most of them make the file no longer UTF-8
                    out.write(random.nextInt(256));
                    out.write(bytes, position + 1, bytes.length - position - 1);
                }
            }
            bytes = out.toByteArray();
        }
        assertSameAsOneParse(bytes);
    }

    private static int nearTheMiddleOfTheEntries(byte[] bytes, Random random) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1); // byte offsets
        int open = Math.max(0, s.indexOf("\"entries\""));
        int close = Math.max(open + 1, s.indexOf("\"figures\""));
        int middle = (open + close) / 2;
        return Math.max(0, Math.min(bytes.length - 1, middle - 200 + random.nextInt(400)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertSameAsOneParse(String text) throws Exception {
        assertSameAsOneParse(utf8(text));
    }

    private static void assertSameAsOneParse(byte[] bytes) throws Exception {
        Object halved = outcome(bytes, ALWAYS);
        Object whole = outcome(bytes, NEVER);
        assertEquals(whole, halved, bytes.length > 300 ? "(a damaged seed)" : new String(bytes, StandardCharsets.UTF_8));
    }

    /** The tree, or the problems (message, line and column) of a text that is not JSON. */
    private static Object outcome(byte[] bytes, int halvedFrom) {
        try {
            return JsonText.parse(bytes, halvedFrom).root();
        } catch (FormatException e) {
            return e.problems().toString();
        }
    }
}
