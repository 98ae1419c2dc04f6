package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Text;
import org.chainatlas.shell.OrganisationMatcher.Basis;
import org.chainatlas.shell.OrganisationMatcher.Pair;
import org.junit.jupiter.api.Test;

class OrganisationMatcherTest {

    private static Entry entry(String dataset, String id, String zh, String en, Text organisation, String key) {
        return new Entry(dataset, id, "service", Text.of(zh, en), null, organisation, key, null, null, null, null);
    }

    @Test
    void normalisingFoldsWidthCaseSpacesAndPunctuation() {
        assertEquals("fiscobcos", OrganisationMatcher.normalise("FISCO BCOS"));
        assertEquals("fiscobcos", OrganisationMatcher.normalise("ＦＩＳＣＯ－ＢＣＯＳ"));
        assertEquals("钛媒体链得得", OrganisationMatcher.normalise("钛媒体（链得得）"));
        assertEquals("星火链网", OrganisationMatcher.normalise("星火 · 链网"));
        assertEquals("peoplesdailyonline", OrganisationMatcher.normalise("People's Daily\u00A0Online"));
        assertEquals("", OrganisationMatcher.normalise(null));
    }

    @Test
    void equalKeysMatchWhateverTheNames() {
        Entry a = entry("a", "x", "示例甲", "Alpha", null, "91310000MA1FL00001");
        Entry b = entry("b", "y", "另一个名字", "Other name", null, "91310000ma1fl00001 ");
        assertEquals(Optional.of(Basis.ORGANISATION_KEY), OrganisationMatcher.match(a, b));
    }

    @Test
    void differentKeysDoNotMatchEvenWithEqualNames() {
        Entry a = entry("a", "x", "示例协会", "Example Association", null, "91310000MA1FL00001");
        Entry b = entry("b", "y", "示例协会", "Example Association", null, "91320000MA1FL00002");
        assertEquals(Optional.empty(), OrganisationMatcher.match(a, b));
    }

    @Test
    void withoutKeysOnBothSidesTheZhOrTheEnNameDecides() {
        Entry a = entry("a", "x", "巴比特", "8btc", null, "91310000MA1FL00001");
        assertEquals(Optional.of(Basis.NAME), OrganisationMatcher.match(a, entry("b", "y", "巴 比 特", "Babite", null, null)));
        assertEquals(Optional.of(Basis.NAME), OrganisationMatcher.match(a, entry("b", "y", "八比特", "8BTC", null, null)));
        assertEquals(Optional.empty(), OrganisationMatcher.match(a, entry("b", "y", "八比特", "Eight", null, null)));
    }

    @Test
    void anEntryStandsForItsOrganisation() {
        Entry platform = entry("a", "fisco", "FISCO BCOS", "FISCO BCOS", Text.of("微众银行", "WeBank"), null);
        Entry bank = entry("b", "webank", "微众银行", "WeBank", null, null);
        assertEquals(Optional.of(Basis.NAME), OrganisationMatcher.match(platform, bank));
    }

    @Test
    void pairsKeepTheOrderOfAThenBAndNeverPairAnEntryWithItself() {
        Entry a1 = entry("a", "one", "甲", "Alpha", null, null);
        Entry a2 = entry("a", "two", "乙", "Beta", null, "K2");
        Entry b1 = entry("b", "one", "乙乙", "Beta corp", null, "k2");
        Entry b2 = entry("b", "two", "甲", "Alpha Ltd", null, null);
        List<Pair> pairs = OrganisationMatcher.pairs(List.of(a1, a2), List.of(b1, b2, a1));
        assertEquals(List.of("a/one~b/two:NAME", "a/two~b/one:ORGANISATION_KEY"),
                pairs.stream().map(p -> p.a().qualifiedId() + "~" + p.b().qualifiedId() + ":" + p.basis()).toList());
        assertTrue(OrganisationMatcher.pairs(List.of(a1), List.of()).isEmpty());
    }
}
