package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private static FormatException failure(String json) {
        return assertThrows(FormatException.class, () -> DatasetReader.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String minimal(String entries) {
        return """
                {"format": "chainatlas/dataset@1", "id": "demo", "version": "1.0.0",
                 "title": {"en": "Demo"}, "region": "r",
                 "sources": [{"id": "s", "title": {"en": "Source"}}],
                 "places": [{"id": "r", "name": {"en": "Region"}}],
                 "entries": %s}
                """.formatted(entries);
    }

    @Test
    void readsTheSeedMapWithEveryNamedEntryAndFigure() throws Exception {
        DatasetDocument doc = DatasetReader.read(SeedFiles.dataset());
        assertEquals("yrd-2022", doc.id());
        assertEquals(35, doc.entries().size());
        Map<String, Long> byLayer = doc.entries().stream().collect(Collectors.groupingBy(Entry::layer, Collectors.counting()));
        assertEquals(Map.of("base", 7L, "service", 28L), byLayer);
        assertEquals(12, doc.places().size());
        assertEquals("2022-10-29", doc.sources().get(0).date());
        Entry jd = doc.entries().stream().filter(e -> e.id().equals("jd-chain")).findFirst().orElseThrow();
        assertEquals("京东数科", jd.organisation().zh());
        assertEquals("seed", jd.provenance().source().id());
        long middleParts = doc.figures().stream().filter(f -> "middle".equals(f.layer()) && f.category() != null)
                .mapToLong(f -> f.value()).sum();
        assertEquals(265, middleParts);
    }

    @Test
    void categoriesMayBeOneIdOrSeveral() throws Exception {
        DatasetDocument doc = DatasetReader.read(minimal("""
                [{"id": "a", "layer": "application", "name": {"zh": "甲"},
                  "categories": {"domain": ["finance", "traceability"], "industry": "energy"}}]
                """).getBytes(StandardCharsets.UTF_8));
        Entry a = doc.entries().get(0);
        assertEquals(List.of("finance", "traceability"), a.categories("domain"));
        assertEquals(List.of("energy"), a.categories("industry"));
        assertEquals("s", a.provenance().source().id(), "the only source is the default");
    }

    /** Three entries: a and b alike in categories, places and organisation; c in one of their facets. */
    static final String RECURRING = minimal("""
            [{"id": "a", "layer": "application", "name": {"zh": "甲"}, "organisation": {"zh": "公司", "en": "Co"},
              "categories": {"industry": "energy", "domain": ["finance", "traceability"]}, "places": ["r"]},
             {"id": "b", "layer": "application", "name": {"zh": "乙"}, "organisation": {"zh": "公司", "en": "Co"},
              "categories": {"domain": ["finance", "traceability"], "industry": ["energy"]}, "places": ["r"]},
             {"id": "c", "layer": "application", "name": {"zh": "丙"}, "categories": {"domain": ["finance", "traceability"]}}]
            """);

    /** What {@link #RECURRING}'s entries share: equal parts are one object, and the map is in facet order. */
    static void assertRecurringPartsShared(DatasetDocument doc) {
        Entry a = doc.entries().get(0);
        Entry b = doc.entries().get(1);
        Entry c = doc.entries().get(2);
        assertEquals(List.of("domain", "industry"), List.copyOf(a.categories().keySet()));
        assertSame(a.categories(), b.categories());
        assertSame(a.categories("domain"), c.categories("domain"));
        assertSame(a.places(), b.places());
        assertSame(a.organisation(), b.organisation());
    }

    @Test
    void equalPartsOfEntriesAreReadAsOneObject() throws Exception {
        assertRecurringPartsShared(DatasetReader.read(RECURRING.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsEveryProblemWithItsJsonPath() {
        FormatException e = failure(minimal("""
                [{"id": "Bad Id", "layer": "base", "name": {"zh": "甲"}},
                 {"id": "b", "layer": "base", "name": {}, "places": ["nowhere"]}]
                """));
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains("5:21: $.entries[0].id: 'Bad Id' is not a valid id: 1 to 80 lowercase letters, digits and inner '-', '.' or '_', never two dots in a row"),
                problems.toString());
        assertTrue(problems.contains("6:39: $.entries[1].name: must not be empty; give \"zh\", \"en\" or both"), problems.toString());
        assertTrue(problems.contains("6:54: $.entries[1].places[0]: names place 'nowhere', which is not in $.places"),
                problems.toString());
    }

    @Test
    void duplicateEntryIdsAreRefused() {
        FormatException e = failure(minimal("""
                [{"id": "a", "layer": "base", "name": {"en": "A"}}, {"id": "a", "layer": "base", "name": {"en": "A2"}}]
                """));
        assertEquals("5:13: $.entries: entry id 'a' is used twice", e.getMessage());
    }

    @Test
    void syntaxErrorsNameTheLineAndColumn() {
        FormatException e = failure("{\n  \"id\": \"x\",\n  \"title\" {}\n}");
        assertEquals(3, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("3:"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }

    @Test
    void emptyFilesByteOrderMarksAndBadEncodingsAreNamed() {
        assertEquals("the file is empty; a dataset is one JSON object", failure("  \n").getMessage());
        FormatException bom = assertThrows(FormatException.class,
                () -> DatasetReader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));
        assertTrue(bom.getMessage().contains("byte-order mark"), bom.getMessage());
        FormatException latin1 = assertThrows(FormatException.class,
                () -> DatasetReader.read(new byte[] {'{', '"', (byte) 0xE9, '"', '}'}));
        assertEquals("1:3: the file is not valid UTF-8 (byte 0xE9 cannot stand here); save it as UTF-8", latin1.getMessage());
    }

    @Test
    void aMistypedFieldIsNamedWithTheFieldsThatExist() {
        FormatException e = failure(minimal("""
                [{"id": "a", "layer": "base", "name": {"en": "A"}, "catgories": {"openness": "open-source"}}]
                """));
        assertEquals("5:77: $.entries[0].catgories: \"catgories\" is not a field here; did you mean \"categories\"? "
                + "fields: categories, id, layer, links, name, note, organisation, organisationKey, places, source, sourceNote",
                e.getMessage());
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        FormatException e = failure(minimal("[]").replace("chainatlas/dataset@1", "chainatlas/dataset@9"));
        assertEquals("1:12: $.format: must be \"chainatlas/dataset@1\", not \"chainatlas/dataset@9\"", e.getMessage());
    }

    @Test
    void figuresNeedFacetAndCategoryTogetherAndSharesWithinAHundred() {
        String json = minimal("[]").replace("\"entries\": []", """
                "entries": [], "figures": [
                  {"id": "f1", "layer": "middle", "facet": "function", "value": 3},
                  {"id": "f2", "layer": "middle", "value": 3, "share": 120}]""");
        FormatException e = failure(json);
        List<String> problems = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertTrue(problems.contains("$.figures[0]: needs both \"facet\" and \"category\", or neither"), problems.toString());
        assertTrue(problems.contains("$.figures[1].share: 120 is above the maximum 100"), problems.toString());
    }
}
