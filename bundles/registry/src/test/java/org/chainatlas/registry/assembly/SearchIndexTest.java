package org.chainatlas.registry.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final Provenance PROVENANCE = new Provenance(new Source("s", Text.of(null, "S"), null, null, null), null);
    /** Cased and uncased letters, the chars a search ignores, and the ones lowered with care. */
    private static final String ALPHABET = "aAbBzZ09 .-_·・链融區块ÄäÉéΣσςİiı\u0307ΑΒ\uD801\uDC00\uD801\uDC28　\u0000";

    /** Names where some bigrams are in nearly every entry (bitmaps) and others in few (gaps). */
    private static List<Entry> entries(int count) {
        String[] brands = {"Lianrong", "Xinda", "Shuzhi", "Yunan", "Huatong", "Bozhi", "Qiming", "Fisco Bcos"};
        String[] brandsZh = {"链融", "信达", "数智", "云安", "华通", "博智", "启明", "金链"};
        Random random = new Random(7);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int b = random.nextInt(brands.length);
            Text org = random.nextInt(3) == 0 ? null : Text.of("杭州" + brandsZh[b] + "科技有限公司",
                    "Hangzhou " + brands[b] + " Technology Co., Ltd.");
            Text name = Text.of(brandsZh[b] + (random.nextInt(50) == 0 ? "区块链" : "平台") + i, brands[b] + " Platform " + i);
            entries.add(new Entry("d", "e-" + i, "base", name, Map.of(), org, null, List.of(), List.of(), null, PROVENANCE));
        }
        return entries;
    }

    private static List<Entry> found(SearchIndex index, String needle) {
        List<Entry> out = new ArrayList<>();
        SearchIndex.Matches matches = index.matches(needle);
        for (Entry e = matches.take(); e != null; e = matches.take()) {
            out.add(e);
        }
        return out;
    }

    private static List<Entry> scan(List<Entry> entries, String needle) {
        String squeezed = SearchIndex.squeeze(needle.toLowerCase(Locale.ROOT));
        if (squeezed.isEmpty()) {
            return List.of(); // nothing to look for
        }
        return entries.stream().filter(e -> Stream.of(e.id(), e.name().zh(), e.name().en(),
                        e.organisation() == null ? null : e.organisation().zh(),
                        e.organisation() == null ? null : e.organisation().en())
                .anyMatch(f -> f != null && SearchIndex.squeeze(f.toLowerCase(Locale.ROOT)).contains(squeezed)))
                .toList();
    }

    @Test
    void findsWhatAScanFindsWhetherItsBigramsAreCommonOrRare() {
        for (int size : new int[] {1, 7, 40, 1000}) {
            List<Entry> entries = entries(size);
            SearchIndex index = new SearchIndex(entries);
            for (String needle : new String[] {"hangzhou", "CO., LTD", "有限公司", "杭州链融", "lianrong tech", "区块链",
                    "fiscobcos", "platform 3", "e-1", "xinda platform 12", "z", "qq", "链", "no such thing"}) {
                assertEquals(scan(entries, needle), found(index, needle), size + " entries, '" + needle + "'");
            }
            assertTrue(found(index, "hangzhou").size() * 8 >= size, "hangzhou is in one entry in eight or more: bitmaps");
        }
    }

    /**
     * The index reads bigrams char by char rather than from lower-cased copies of each field: with
     * letters whose lower case needs the whole string (İ, final Σ, letters outside the BMP), the
     * dropped punctuation, CJK and NUL mixed in, a search must still find exactly what a scan finds.
     */
    @Property(tries = 400)
    void findsExactlyWhatAScanFinds(@ForAll @Size(min = 1, max = 12) List<@From("field") String> names,
            @ForAll("field") String needle) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Text org = i % 3 == 0 ? null : Text.of(name.toUpperCase(Locale.ROOT), "Org " + name);
            entries.add(new Entry("d", "e-" + i, "base", Text.of(name, "N" + (name.isEmpty() ? "" : name.substring(1))),
                    Map.of(), org, null, List.of(), List.of(), null, PROVENANCE));
        }
        SearchIndex index = new SearchIndex(entries);
        List<String> needles = new ArrayList<>(List.of(needle));
        for (String name : names) { // pieces of what is there, so that most searches find something
            if (name.length() >= 2) {
                needles.add(name.substring(name.length() / 3, Math.min(name.length(), name.length() / 3 + 3)));
            }
        }
        for (String n : needles) {
            assertEquals(scan(entries, n), found(index, n), "'" + n + "' in " + names);
        }
    }

    @Provide
    Arbitrary<String> field() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(10);
    }
}
