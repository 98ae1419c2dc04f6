package org.chainatlas.api.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An entry's categories when it sits in two or more facets: an immutable map ordered by facet id,
 * in one array. A TreeMap behind an unmodifiable view (its nodes and cached views) costs about
 * three times as much, and an atlas holds up to millions of entries. Equality, hash code and
 * string form are those of any map; null keys are refused, as a TreeMap refuses them.
 */
final class FacetMap extends AbstractMap<String, List<String>> {
    /** facet, its category ids, facet, its category ids, ... ordered by facet id. */
    private final Object[] pairs;

    /** @param categories two or more facets; the id lists are copied unless already unmodifiable */
    FacetMap(Map<String, List<String>> categories) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, List<String>>[] sorted = categories.entrySet().toArray(new Map.Entry[0]);
        Arrays.sort(sorted, Map.Entry.comparingByKey());
        pairs = new Object[sorted.length * 2];
        for (int i = 0; i < sorted.length; i++) {
            pairs[2 * i] = Objects.requireNonNull(sorted[i].getKey());
            pairs[2 * i + 1] = List.copyOf(sorted[i].getValue());
        }
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    private int indexOf(Object facet) {
        Objects.requireNonNull(facet);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(facet)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object facet) {
        return indexOf(facet) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> get(Object facet) {
        int i = indexOf(facet);
        return i < 0 ? null : (List<String>) pairs[i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super List<String>> action) {
        for (int i = 0; i < pairs.length; i += 2) {
            action.accept((String) pairs[i], (List<String>) pairs[i + 1]);
        }
    }

    /** A fresh view each time (nothing cached in a map that many entries share); its entries are immutable. */
    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return pairs.length / 2;
            }

            @Override
            public Iterator<Map.Entry<String, List<String>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, List<String>> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return Map.entry((String) pairs[next - 2], (List<String>) pairs[next - 1]);
                    }
                };
            }
        };
    }
}
