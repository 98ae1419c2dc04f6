package org.chainatlas.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {
    /** The rule as the documentation states it: the hand-written check must agree with it. */
    private static final Pattern RULE = Pattern.compile("(?!.*\\.\\.)[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?");

    @Test
    void idsOfTheSeedMapAndTheirNearMissesAreJudgedAsTheRuleSays() {
        assertTrue(Ids.valid("yrd-2022"));
        assertTrue(Ids.valid("fisco-bcos"));
        assertTrue(Ids.valid("cn.32_01"));
        assertTrue(Ids.valid("a"));
        assertTrue(Ids.valid("x".repeat(80)));
        assertFalse(Ids.valid("x".repeat(81)), "over 80 characters");
        assertFalse(Ids.valid(""));
        assertFalse(Ids.valid(null));
        assertFalse(Ids.valid("FISCO"), "upper case");
        assertFalse(Ids.valid("-base"), "a hyphen may not start an id");
        assertFalse(Ids.valid("base."), "a dot may not end an id");
        assertFalse(Ids.valid("蚂蚁链"), "ids are ASCII; names carry the Chinese");
        assertFalse(Ids.valid("a b"));
    }

    @Test
    void agreesWithTheRegexOnTwentyThousandRandomStrings() {
        Random random = new Random(2022);
        String alphabet = "az09._-A/ 链\u0000";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 90 : 6);
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                s.append(c == 'a' ? (char) ('a' + random.nextInt(26)) : c == '0' ? (char) ('0' + random.nextInt(10)) : c);
            }
            String id = s.toString();
            assertEquals(RULE.matcher(id).matches(), Ids.valid(id), () -> "'" + id + "'");
        }
    }
}
