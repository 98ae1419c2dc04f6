package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.chainatlas.api.model.DatasetDocument;
import org.junit.jupiter.api.Test;

/**
 * Values that are valid JSON but would print as something else, break a line of output or name
 * nothing: each is refused with the path of the value and the position of the character.
 */
class HostileValuesTest {

    private static String dataset(String entry, String source) {
        return """
                {"format": "chainatlas/dataset@1", "id": "demo", "version": "1.0.0",
                 "title": {"en": "Demo"},
                 "sources": [{"id": "s", "title": {"en": "Source"}%s}],
                 "entries": [{"id": "a", "layer": "base", "name": {"en": "A"}%s}]}
                """.formatted(source, entry);
    }

    private static String refusal(String json) {
        FormatException e = assertThrows(FormatException.class, () -> DatasetReader.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).path() + ": " + e.problems().get(0).message();
    }

    private static DatasetDocument read(String json) throws FormatException {
        return DatasetReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void halfASurrogatePairIsNoCharacter() throws Exception {
        assertEquals("$.entries[0].note.en: holds U+D800 at position 2, half of a UTF-16 surrogate pair with no other half,"
                + " which is no character; check the \\u escapes", refusal(dataset(", \"note\": {\"en\": \"A\\ud800\"}", "")));
        assertEquals("$.entries[0].organisation.zh: holds U+DC00 at position 1, half of a UTF-16 surrogate pair with no other half,"
                + " which is no character; check the \\u escapes", refusal(dataset(", \"organisation\": {\"zh\": \"\\udc00\\ud800\"}", "")));
        // a whole pair is one character, escaped or not
        assertEquals("A😀B", read(dataset(", \"note\": {\"en\": \"A\\ud83d\\ude00B\"}", "")).entries().get(0).note().en());
        assertEquals("😀", read(dataset(", \"organisation\": {\"en\": \"😀\"}", "")).entries().get(0).organisation().en());
    }

    @Test
    void aUnicodeLineSeparatorIsNoLineBreak() {
        assertEquals("$.entries[0].organisation.en: holds the line separator U+2028 at position 5, which terminals do not show"
                + " as a line break; a name is one line", refusal(dataset(", \"organisation\": {\"en\": \"Acme\u2028Ltd\"}", "")));
        assertEquals("$.entries[0].note.en: holds the line separator U+2029 at position 2, which terminals do not show"
                + " as a line break; break lines with \\n", refusal(dataset(", \"note\": {\"en\": \"A\\u2029B\"}", "")));
    }

    @Test
    void anOrganisationKeyHoldsWhatANameMayHold() {
        assertEquals("$.entries[0].organisationKey: holds the character U+001B at position 2; text may not hold control,"
                + " bidi-override or zero-width characters, nor line breaks or tabs in a name",
                refusal(dataset(", \"organisationKey\": \"K\\u001b]0;x\\u0007\"", "")));
        assertEquals("$.entries[0].organisationKey: holds the character U+000A at position 2; text may not hold control,"
                + " bidi-override or zero-width characters, nor line breaks or tabs in a name",
                refusal(dataset(", \"organisationKey\": \"K\\nforged row\"", "")));
    }

    @Test
    void aWebAddressIsOneWord() {
        assertEquals("$.entries[0].links[0]: holds the character U+0020 at position 22; a web address has no spaces or"
                + " control characters (write a space as %20)", refusal(dataset(", \"links\": [\"https://example.org/a b\"]", "")));
        assertEquals("$.sources[0].url: holds the character U+000A at position 21; a web address has no spaces or"
                + " control characters (write a space as %20)", refusal(dataset("", ", \"url\": \"https://example.org/\\nforged\"")));
    }

    @Test
    void aPatternsDollarEndsTheValueNotTheLine() {
        assertEquals("$.version: '1.0.0\\n' is not a version like 1.0.0",
                refusal(dataset("", "").replace("\"1.0.0\"", "\"1.0.0\\n\"")));
        assertEquals("$.sources[0].date: '2024\\n' is not a date like 2022-10-29 (or 2022-10, or 2022)",
                refusal(dataset("", ", \"date\": \"2024\\n\"")));
        assertEquals("^a\\z", SchemaValidator.endOfInput("^a$"));
        assertEquals("^a[$]\\$\\z", SchemaValidator.endOfInput("^a[$]\\$$"));
    }

    @Test
    void aDateIsADayMonthOrYearOfTheCalendar() throws Exception {
        assertEquals("$.sources[0].date: '2024-13-45' is not a date in the calendar; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05-01",
                refusal(dataset("", ", \"date\": \"2024-13-45\"")));
        assertEquals("$.sources[0].date: '2023-02-29' is not a date in the calendar; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05-01",
                refusal(dataset("", ", \"date\": \"2023-02-29\"")));
        assertEquals("$.sources[0].date: '2024-00' is not a date in the calendar; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05-01",
                refusal(dataset("", ", \"date\": \"2024-00\"")));
        for (String date : new String[] {"2024-02-29", "2024-12", "1999"}) {
            assertEquals(date, read(dataset("", ", \"date\": \"" + date + "\"")).sources().get(0).date());
        }
    }
}
