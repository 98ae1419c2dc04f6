package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Ids;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

/**
 * The schema validator checks the schemas' id pattern with {@link Ids#valid} instead of the regex:
 * the two must accept exactly the same strings, and the shipped schemas must spell the pattern as
 * the validator expects, or every id would quietly go back to the slow regex.
 */
class IdPatternPropertyTest {
    /**
     * The pattern as JSON Schema reads it (ECMA 262): {@code $} is the end of the text. Java's
     * {@code $} also matches before a final line break, so "a\n" would pass the plain regex;
     * {@code \z} is the ECMA meaning, and the one {@link Ids#valid} has.
     */
    private static final Pattern REGEX = Pattern.compile(SchemaValidator.ID_PATTERN.replaceAll("\\$$", "\\\\z"));

    @Property(tries = 5000)
    void idsValidAcceptsExactlyWhatThePatternMatches(@ForAll("idLike") String candidate) {
        assertEquals(REGEX.matcher(candidate).find(), Ids.valid(candidate), "'" + candidate + "'");
    }

    @Provide
    Arbitrary<String> idLike() {
        // mostly id characters, with the ones ids refuse mixed in, at lengths around the limit of 80
        return Arbitraries.strings().withChars("abz09._-").withChars("A-Z /中\n").ofMinLength(0).ofMaxLength(84);
    }

    @Test
    void aLineBreakAfterAnIdIsRefused() {
        assertTrue(Pattern.compile(SchemaValidator.ID_PATTERN).matcher("a\n").find(), "Java's $ as assumed above");
        assertFalse(REGEX.matcher("a\n").find());
        assertFalse(Ids.valid("a\n"));
    }

    @Test
    void theShippedSchemasSpellTheIdPatternAsTheValidatorExpects() throws IOException {
        for (String schema : new String[] {"dataset-1.schema.json", "layer-1.schema.json"}) {
            String text = shipped(schema);
            assertTrue(text.contains(SchemaValidator.ID_PATTERN.replace("\\", "\\\\")), schema);
        }
    }

    @Test
    void aBadIdIsStillRefusedWithTheSchemasWords() throws Exception {
        byte[] bytes = SeedFiles.dataset();
        String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"id\": \"yrd-2022\"", "\"id\": \"YRD 2022\"");
        Validation v = DatasetValidator.validate("bad-id.json", text.getBytes(StandardCharsets.UTF_8), MalformedCorpusTest.layers());
        assertTrue(!v.ok() && v.problems().stream().anyMatch(p -> p.toString().contains("'YRD 2022'")), v.problems().toString());
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = DatasetDocument.class.getResourceAsStream("/schema/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
