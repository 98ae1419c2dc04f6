package org.chainatlas.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EntryTest {

    private static Entry entry(Map<String, List<String>> categories) {
        return new Entry("d", "e", "application", Text.of("甲", "A"), categories, null, null, null, null, null,
                new Provenance(new Source("s", Text.of(null, "Source"), null, null, null), null));
    }

    @Test
    void severalFacetsReadAsAnOrderedUnmodifiableMapEqualToAnyOther() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        given.put("industry", new ArrayList<>(List.of("energy")));
        given.put("domain", List.of("finance", "traceability"));
        Map<String, List<String>> categories = entry(given).categories();
        TreeMap<String, List<String>> expected = new TreeMap<>(given);

        assertEquals(List.of("domain", "industry"), List.copyOf(categories.keySet()));
        assertEquals(expected, categories);
        assertEquals(categories, expected);
        assertEquals(expected.hashCode(), categories.hashCode());
        assertEquals(expected.toString(), categories.toString());
        assertEquals(List.of("energy"), entry(given).categories("industry"));
        assertEquals(List.of(), entry(given).categories("other"));
        given.get("industry").add("health"); // a copy: the caller's list may change
        assertEquals(List.of("energy"), categories.get("industry"));
        assertThrows(UnsupportedOperationException.class, () -> categories.put("x", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> categories.remove("domain"));
        assertThrows(UnsupportedOperationException.class, () -> categories.get("domain").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> categories.entrySet().iterator().next().setValue(null));
        assertThrows(NullPointerException.class, () -> categories.get(null));
    }

    @Test
    void compactCategoriesAreKeptSoThatEntriesCanShareThem() {
        Map<String, List<String>> two = entry(Map.of("domain", List.of("finance"), "industry", List.of("energy")))
                .categories();
        assertSame(two, entry(two).categories());
        Map<String, List<String>> one = Map.of("domain", List.of("finance"));
        assertSame(one, entry(one).categories());

        Map<String, List<String>> mutableList = Map.of("domain", new ArrayList<>(List.of("finance")));
        assertNotSame(mutableList, entry(mutableList).categories(), "a list that may change is copied");
        assertEquals(mutableList, entry(mutableList).categories());
    }
}
