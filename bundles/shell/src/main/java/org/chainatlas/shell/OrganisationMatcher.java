package org.chainatlas.shell;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Text;

/**
 * Finds the organisations that appear in two sets of entries (two regions). Two entries are the
 * same organisation when both carry an organisation key and the keys are equal; where either has
 * none, when a name of one equals a name of the other after {@link #normalise normalising}. The
 * names compared are the entry's zh and en names and, where the source names one, its
 * organisation's: an entry stands for the organisation behind it.
 */
final class OrganisationMatcher {

    /** What made two entries the same organisation. */
    enum Basis { ORGANISATION_KEY, NAME }

    record Pair(Entry a, Entry b, Basis basis) {
    }

    /** Whitespace, punctuation, and invisible format and control characters. */
    private static final Pattern IGNORED = Pattern.compile("[\\p{P}\\p{Z}\\s\\p{Cc}\\p{Cf}]+");

    private OrganisationMatcher() {
    }

    /** Every matching pair, in the order of {@code a}, then of {@code b}; an entry never pairs with itself. */
    static List<Pair> pairs(List<Entry> a, List<Entry> b) {
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        Map<String, List<Entry>> byName = new LinkedHashMap<>();
        for (Entry entry : b) {
            key(entry).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
            names(entry).forEach(n -> byName.computeIfAbsent(n, x -> new ArrayList<>()).add(entry));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Entry left : a) {
            Set<Entry> candidates = new LinkedHashSet<>();
            key(left).ifPresent(k -> candidates.addAll(byKey.getOrDefault(k, List.of())));
            names(left).forEach(n -> candidates.addAll(byName.getOrDefault(n, List.of())));
            b.stream().filter(candidates::contains)
                    .filter(right -> !right.qualifiedId().equals(left.qualifiedId()))
                    .forEach(right -> match(left, right).ifPresent(basis -> pairs.add(new Pair(left, right, basis))));
        }
        return pairs;
    }

    /** Why {@code a} and {@code b} are the same organisation, or empty where they are not. */
    static Optional<Basis> match(Entry a, Entry b) {
        Optional<String> keyA = key(a);
        Optional<String> keyB = key(b);
        if (keyA.isPresent() && keyB.isPresent()) {
            return keyA.equals(keyB) ? Optional.of(Basis.ORGANISATION_KEY) : Optional.empty();
        }
        Set<String> namesA = names(a);
        return names(b).stream().anyMatch(namesA::contains) ? Optional.of(Basis.NAME) : Optional.empty();
    }

    /**
     * A name as compared: NFKC (so full-width "ＢＳＮ" is "BSN"), lower case, without whitespace
     * and punctuation ("FISCO BCOS" and "FISCOBCOS", "钛媒体（链得得）" and "钛媒体 链得得" agree).
     */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return IGNORED.matcher(folded).replaceAll("");
    }

    /** The normalised, non-empty names of an entry and of its organisation. */
    static Set<String> names(Entry entry) {
        Set<String> names = new LinkedHashSet<>();
        add(names, entry.name());
        add(names, entry.organisation());
        return names;
    }

    private static void add(Set<String> names, Text text) {
        if (text == null) {
            return;
        }
        for (String side : new String[] {text.zh(), text.en()}) {
            String normalised = normalise(side);
            if (!normalised.isEmpty()) {
                names.add(normalised);
            }
        }
    }

    /** The organisation key as compared: without whitespace, upper case (credit codes are written either way). */
    private static Optional<String> key(Entry entry) {
        String key = entry.organisationKey();
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(key.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }
}
