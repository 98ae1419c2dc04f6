package org.chainatlas.api.model;

/** Where one fact comes from: the source, and a note on how it was read from it (may be null). */
public record Provenance(Source source, Text note) {

    public Provenance {
        if (source == null) {
            throw new IllegalArgumentException("a provenance needs a source");
        }
    }
}
