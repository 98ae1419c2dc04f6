package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.junit.jupiter.api.Test;

/**
 * A key twice in one object is refused (gson would keep the last value and say nothing), at the
 * line and column of the second key, with the path of the object, however the file is read.
 */
class DuplicateKeyTest {

    private static String dataset(String entries) {
        return """
                {"format": "chainatlas/dataset@1", "id": "demo", "version": "1.0.0",
                 "title": {"en": "Demo"},
                 "sources": [{"id": "s", "title": {"en": "Source"}}],
                 "entries": %s}
                """.formatted(entries);
    }

    private static String refusal(String json) {
        FormatException e = assertThrows(FormatException.class, () -> DatasetReader.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).toString();
    }

    @Test
    void aTopLevelKeyTwiceIsRefusedAtTheSecond() {
        assertEquals("1:70: $: duplicate key \"id\"; each key may appear once in an object",
                refusal(dataset("[]").replace("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"id\": \"other\",")));
    }

    @Test
    void aKeyTwiceInAnEntryOrInANameIsRefusedWithTheObjectsPath() {
        assertEquals("4:43: $.entries[0]: duplicate key \"layer\"; each key may appear once in an object",
                refusal(dataset("[{\"id\": \"a\", \"layer\": \"base\", \"layer\": \"middle\", \"name\": {\"en\": \"A\"}}]")));
        assertEquals("5:51: $.entries[1].name: duplicate key \"en\"; each key may appear once in an object",
                refusal(dataset("""
                        [{"id": "a", "layer": "base", "name": {"en": "A"}},
                         {"id": "b", "layer": "base", "name": {"en": "B", "en": "C"}}]""")));
    }

    @Test
    void aKeySpelledWithEscapesIsTheSameKey() {
        // "\u0069d" is "id"; the column is that of the second key's opening quote, escapes and all
        assertEquals("4:26: $.entries[0]: duplicate key \"id\"; each key may appear once in an object",
                refusal(dataset("[{\"id\": \"a\", \"\\u0069d\": \"b\", \"layer\": \"base\", \"name\": {\"en\": \"A\"}}]")));
        assertEquals("4:37: $.entries[0].name: duplicate key \"a\\\"b\"; each key may appear once in an object",
                refusal(dataset("[{\"name\": {\"a\\\"b\": \"x\", \"a\\\"b\": \"y\"}}]")));
    }

    @Test
    void keysDifferingInCaseAreDifferentKeys() {
        String json = dataset("[{\"id\": \"a\", \"layer\": \"base\", \"name\": {\"en\": \"A\"}, \"Name\": {\"en\": \"B\"}}]");
        assertEquals("4:72: $.entries[0].Name: \"Name\" is not a field here; did you mean \"name\"? fields: categories, id, layer,"
                + " links, name, note, organisation, organisationKey, places, source, sourceNote", refusal(json));
    }

    @Test
    void aLayerWithAKeyTwiceIsRefused() {
        String json = """
                {"format": "chainatlas/layer@1", "id": "x", "rank": 150, "name": {"en": "X"},
                 "facets": [{"id": "f", "name": {"en": "F"}, "categories": [{"id": "a", "name": {"en": "A"}}], "id": "g"}]}
                """;
        FormatException e = assertThrows(FormatException.class, () -> LayerReader.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2:96: $.facets[0]: duplicate key \"id\"; each key may appear once in an object", e.problems().get(0).toString());
    }

    /** Past the size from which the entries are parsed in two halves: a duplicate in either half, or at the top, is found. */
    @Test
    void aLargeFileParsedInHalvesFindsTheDuplicateWhereverItIs() {
        StringBuilder entries = new StringBuilder("[");
        int count = 0;
        while (entries.length() < JsonText.HALVED_FROM_BYTES + 1000) {
            entries.append(count == 0 ? "" : ",\n").append("""
                    {"id": "e%d", "layer": "base", "name": {"en": "Platform %d"}}""".formatted(count, count));
            count++;
        }
        String good = dataset(entries + "]");
        int last = count - 1;
        String lastEntry = "{\"id\": \"e" + last + "\", \"layer\": \"base\",";
        String inSecondHalf = good.replace(lastEntry, lastEntry + " \"layer\": \"middle\",");
        assertEquals((4 + last) + ":34: $.entries[" + last + "]: duplicate key \"layer\"; each key may appear once in an object",
                refusal(inSecondHalf));
        String inFirstHalf = good.replace("{\"id\": \"e1\",", "{\"id\": \"e1\", \"id\": \"e1\",");
        assertEquals("5:14: $.entries[1]: duplicate key \"id\"; each key may appear once in an object", refusal(inFirstHalf));
        String entriesTwice = good.replace("\"entries\": [", "\"entries\": [], \"entries\": [");
        assertEquals("4:17: $: duplicate key \"entries\"; each key may appear once in an object", refusal(entriesTwice));
        assertNull(HalvedParse.parse(inSecondHalf.getBytes(StandardCharsets.UTF_8)), "the halves give way to the one parse");
    }

    @Test
    void theValidatorSaysItAsOneSentenceWithTheFile() {
        String json = dataset("[{\"id\": \"a\", \"layer\": \"base\", \"layer\": \"middle\", \"name\": {\"en\": \"A\"}}]");
        Validation v = DatasetValidator.validate("demo.json", json.getBytes(StandardCharsets.UTF_8), List.of());
        assertEquals("demo.json:4:43: $.entries[0]: duplicate key \"layer\"; each key may appear once in an object",
                DatasetValidator.refusal(v));
        Problem p = v.problems().get(0);
        assertEquals(List.of(4, 43, "$.entries[0]"), List.of(p.line(), p.column(), p.path()));
    }
}
