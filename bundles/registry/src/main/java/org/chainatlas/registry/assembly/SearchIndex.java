package org.chainatlas.registry.assembly;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Text;

/**
 * Substring search over entries' ids, zh and en names and organisations, case-insensitive and
 * blind to spaces and punctuation ("FISCOBCOS" finds "FISCO BCOS"). A bigram index (two
 * consecutive characters of the squeezed, lower-cased text → the entries holding them) narrows a
 * search to the entries that hold its rarest bigram, and only those are checked. Postings are
 * sorted entry positions stored as varint gaps in one open-addressing table: no boxing, one or
 * two bytes per entry and bigram; a bigram that one entry in eight or more holds (a city, "co.,
 * ltd.", 有限公司) takes a bitmap instead, one bit per entry, which is then no larger.
 */
final class SearchIndex {
    private static final int[] NONE = new int[0];

    private final List<Entry> entries;
    private final int[] keys;      // per slot: a bigram code, 0 = empty slot
    private final int[] ids;       // per slot: the bigram's number, which indexes the two below
    /**
     * Per bigram: ascending entry positions as varint-encoded gaps (about 1-2 bytes a posting, not
     * 4), or as a bitmap where the bigram's size makes it {@link #dense}.
     */
    private final byte[][] postings;
    private final int[] sizes;

    SearchIndex(List<Entry> entries) {
        this.entries = entries;
        // Every entry's bigrams, end to end in one array: entry i holds grams[from[i] .. from[i + 1]),
        // as bigram numbers once the table has counted them, so the second pass looks nothing up.
        // An entry's bigrams may repeat; the table counts each once per entry by remembering the
        // last entry that counted it (cheaper than sorting every entry's bigrams to drop repeats).
        Grams grams = new Grams(entries.size());
        GramTable table = new GramTable();
        for (int i = 0; i < entries.size(); i++) {
            int start = grams.size;
            grams.addEntry(entries.get(i));
            for (int g = start; g < grams.size; g++) {
                grams.values[g] = table.count(grams.values[g], i);
            }
            grams.from[i + 1] = grams.size;
        }
        int[][] lists = new int[table.size][];
        int[] fill = new int[table.size];
        for (int i = 0; i < entries.size(); i++) {
            for (int g = grams.from[i]; g < grams.from[i + 1]; g++) {
                int id = grams.values[g];
                if (lists[id] == null) {
                    lists[id] = new int[table.counts[id]];
                }
                if (fill[id] == 0 || lists[id][fill[id] - 1] != i) { // entries come in order
                    lists[id][fill[id]++] = i;
                }
            }
        }
        this.keys = table.keys;
        this.ids = table.ids;
        this.postings = new byte[lists.length][];
        this.sizes = new int[lists.length];
        for (int id = 0; id < lists.length; id++) {
            postings[id] = dense(lists[id].length) ? bitmap(lists[id]) : encode(lists[id]);
            sizes[id] = lists[id].length;
        }
    }

    /**
     * The bigrams of entries' searchable fields, each field lower-cased and squeezed as a search
     * checks it ({@link #fieldMatches}), so whatever a field matches, its bigrams are indexed. Read
     * char by char, without the lower-cased and squeezed copies of each field: in one pass where
     * lower-casing a char alone gives what {@link String#toLowerCase} gives the string (every
     * char but surrogates, 'İ' and 'Σ', whose lower case depends on more than the char), else
     * from those copies.
     */
    private static final class Grams {
        int[] values;
        final int[] from;
        int size;

        Grams(int entries) {
            values = new int[Math.max(64, entries * 64)]; // an entry has about as many bigrams as chars; grows
            from = new int[entries + 1];
        }

        void addEntry(Entry e) {
            addField(e.id());
            addText(e.name());
            addText(e.organisation());
        }

        private void addText(Text text) {
            if (text != null) {
                addField(text.zh());
                addField(text.en());
            }
        }

        private void addField(String field) {
            if (field == null) {
                return;
            }
            ensure(field.length());
            int start = size;
            char previous = 0;
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c < 0x80) {
                    c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                } else if (c >= '\u3400' && c <= '\u9FFF') {
                    // CJK ideographs have no case: most of a Chinese name, no lookup
                } else if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
                    int[] copied = bigrams(squeeze(field.toLowerCase(Locale.ROOT))); // may be longer: İ → i̇
                    size = start;
                    ensure(copied.length);
                    System.arraycopy(copied, 0, values, size, copied.length);
                    size += copied.length;
                    return;
                } else {
                    c = Character.toLowerCase(c);
                }
                if (!dropped(c)) {
                    if (previous != 0 && c != 0) {
                        values[size++] = previous << 16 | c; // never 0: neither char is NUL
                    }
                    previous = c;
                }
            }
        }

        private void ensure(int more) {
            if (size + more > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more));
            }
        }
    }

    /** Gaps take a byte or more each: from one entry in eight a bitmap is no larger. */
    private boolean dense(int size) {
        return (long) size * 8 >= entries.size();
    }

    private byte[] bitmap(int[] positions) {
        byte[] bits = new byte[(entries.size() + 7) / 8];
        for (int p : positions) {
            bits[p >>> 3] |= (byte) (1 << (p & 7));
        }
        return bits;
    }

    private static boolean holds(byte[] bitmap, int position) {
        return (bitmap[position >>> 3] & 1 << (position & 7)) != 0;
    }

    /** The positions of one bigram, ascending, whichever form it is stored in. */
    private int[] positions(int id) {
        if (!dense(sizes[id])) {
            return decode(postings[id], sizes[id]);
        }
        byte[] bits = postings[id];
        int[] values = new int[sizes[id]];
        int n = 0;
        for (int at = 0; at < bits.length; at++) {
            for (int bit = bits[at] & 0xFF; bit != 0; bit &= bit - 1) {
                values[n++] = at << 3 | Integer.numberOfTrailingZeros(bit);
            }
        }
        return values;
    }

    private static byte[] encode(int[] ascending) {
        int length = 0;
        int previous = 0;
        for (int value : ascending) {
            int gap = value - previous;
            previous = value;
            length += gap < 1 << 7 ? 1 : gap < 1 << 14 ? 2 : gap < 1 << 21 ? 3 : gap < 1 << 28 ? 4 : 5;
        }
        byte[] out = new byte[length];
        int at = 0;
        previous = 0;
        for (int value : ascending) {
            int gap = value - previous;
            previous = value;
            while ((gap & ~0x7F) != 0) {
                out[at++] = (byte) ((gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            out[at++] = (byte) gap;
        }
        return out;
    }

    private static int[] decode(byte[] bytes, int size) {
        int[] values = new int[size];
        int position = 0;
        int previous = 0;
        for (int i = 0; i < size; i++) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[position++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            previous += gap;
            values[i] = previous;
        }
        return values;
    }

    /**
     * Bigram code → its number (0, 1, 2... in order of first sight) and how many entries hold it.
     * Grows as needed: there are far fewer bigrams than entries' chars.
     */
    private static final class GramTable {
        int[] keys = new int[1024];
        int[] ids = new int[1024];
        int[] counts = new int[512];
        /** Per bigram: 1 + the last entry counted, so an entry holding a bigram twice counts once. */
        int[] lastEntry = new int[512];
        int size;

        /** Counts {@code gram} for {@code entry}; returns its number. */
        int count(int gram, int entry) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(keys, gram, true);
            int id;
            if (slot < 0) {
                slot = -slot - 1;
                id = size++;
                ids[slot] = id;
                if (id == counts.length) {
                    counts = Arrays.copyOf(counts, id * 2);
                    lastEntry = Arrays.copyOf(lastEntry, id * 2);
                }
            } else {
                id = ids[slot];
            }
            if (lastEntry[id] != entry + 1) {
                lastEntry[id] = entry + 1;
                counts[id]++;
            }
            return id;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new int[oldKeys.length * 2];
            ids = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = -slot(keys, oldKeys[i], true) - 1;
                    ids[slot] = oldIds[i];
                }
            }
        }
    }

    /** The entries that hold {@code needle}, in entry order, each checked only when it is asked for. */
    Matches matches(String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        String squeezed = squeeze(lower);
        if (squeezed.isEmpty()) {
            return new Matches(NONE, squeezed);
        }
        // one character (or text split by NULs, which no bigram spans) has no bigram: every entry is a candidate
        int[] grams = bigrams(squeezed);
        return new Matches(grams.length == 0 ? null : rarest(grams), squeezed);
    }

    /**
     * A cursor over one query's matches: candidates from the index, checked against the text one
     * by one as they are asked for, so a caller that wants the first fifty checks about fifty.
     */
    final class Matches {
        /** Entry positions to check, ascending; null: every entry. */
        private final int[] candidates;
        private final String squeezed;
        private int next;
        private Entry found;

        private Matches(int[] candidates, String squeezed) {
            this.candidates = candidates;
            this.squeezed = squeezed;
        }

        /** The next match, not taken; null when there are no more. */
        Entry peek() {
            int end = candidates == null ? entries.size() : candidates.length;
            while (found == null && next < end) {
                Entry e = entries.get(candidates == null ? next : candidates[next]);
                next++;
                if (matches(e, squeezed)) {
                    found = e;
                }
            }
            return found;
        }

        /** Takes the match {@link #peek()} showed. */
        Entry take() {
            Entry e = peek();
            found = null;
            return e;
        }
    }

    /**
     * The entries holding every bigram of the query: the rarest list, narrowed by the next rarest
     * ones (an entry must hold them all to match). Only these are checked against the text.
     */
    private int[] rarest(int[] grams) {
        int[] held = new int[grams.length];
        for (int i = 0; i < grams.length; i++) {
            int slot = slot(keys, grams[i], false);
            if (slot < 0) {
                return NONE; // a bigram no entry holds: nothing can match
            }
            held[i] = ids[slot];
        }
        int[] bySize = java.util.Arrays.stream(held).distinct().boxed()
                .sorted(java.util.Comparator.comparingInt(id -> sizes[id])).mapToInt(Integer::intValue).toArray();
        if (bySize.length == 0) {
            return NONE;
        }
        int[] candidates = positions(bySize[0]);
        for (int i = 1; i < bySize.length && i <= 3 && candidates.length > 0; i++) {
            int id = bySize[i];
            candidates = dense(sizes[id]) ? intersect(candidates, postings[id])
                    : intersect(candidates, postings[id], sizes[id]);
        }
        return candidates;
    }

    /** Sorted {@code a} ∩ the entries a bitmap holds. */
    private static int[] intersect(int[] a, byte[] bitmap) {
        int[] out = new int[a.length];
        int n = 0;
        for (int p : a) {
            if (holds(bitmap, p)) {
                out[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Sorted {@code a} ∩ the sorted, varint-encoded list {@code b}, decoding {@code b} as it goes. */
    private static int[] intersect(int[] a, byte[] b, int bSize) {
        int[] out = new int[a.length];
        int n = 0;
        int ai = 0;
        int position = 0;
        int value = 0;
        for (int bi = 0; bi < bSize && ai < a.length; bi++) {
            int gap = 0;
            int shift = 0;
            byte x;
            do {
                x = b[position++];
                gap |= (x & 0x7F) << shift;
                shift += 7;
            } while (x < 0);
            value += gap;
            while (ai < a.length && a[ai] < value) {
                ai++;
            }
            if (ai < a.length && a[ai] == value) {
                out[n++] = value;
                ai++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Checked field by field (id, names, organisation), each lower-cased and squeezed only if it
     * has to be: most fields come back as the same string, so checking a candidate allocates little.
     */
    private static boolean matches(Entry e, String squeezed) {
        return fieldMatches(e.id(), squeezed) || textMatches(e.name(), squeezed) || textMatches(e.organisation(), squeezed);
    }

    private static boolean textMatches(Text text, String squeezed) {
        return text != null && (fieldMatches(text.zh(), squeezed) || fieldMatches(text.en(), squeezed));
    }

    private static boolean fieldMatches(String field, String squeezed) {
        return field != null && squeeze(field.toLowerCase(Locale.ROOT)).contains(squeezed);
    }

    /**
     * Open addressing with linear probing; gram codes are never 0 (see {@link #bigrams}). The
     * gram's slot; where it is absent, -1, or with {@code insert}, -1 - the slot it now takes.
     */
    private static int slot(int[] table, int gram, boolean insert) {
        int mask = table.length - 1;
        for (int i = mix(gram) & mask; ; i = (i + 1) & mask) {
            if (table[i] == gram) {
                return i;
            }
            if (table[i] == 0) {
                if (!insert) {
                    return -1;
                }
                table[i] = gram;
                return -1 - i;
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    /** Each pair of adjacent chars as one int; a NUL never starts or ends a pair. */
    private static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (a != 0 && b != 0) {
                out[n++] = a << 16 | b; // never 0: neither char is NUL
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** "FISCO BCOS" and "FISCOBCOS" are the same name to a person searching. */
    static String squeeze(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = dropped(c);
            if (drop && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Spaces and the dots and dashes that names are written with or without. */
    private static boolean dropped(char c) {
        return Character.isWhitespace(c) || c == '·' || c == '・' || c == '.' || c == '-' || c == '_';
    }
}
