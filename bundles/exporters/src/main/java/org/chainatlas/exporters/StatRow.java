package org.chainatlas.exporters;

/**
 * One row of a layer's statistics table, already in words: a facet heading, a category (indented
 * by {@code depth}), one region's figures under its category (where there are several regions)
 * or a place figure under its category. The Markdown and HTML tables are both
 * made from these, so they cannot disagree.
 */
record StatRow(Kind kind, int depth, String label, String reported, String named, String coverage,
               String reportedShare, String computedShare, String check) {

    enum Kind { FACET, CATEGORY, REGION, PLACE }

    /** The cells after the label, in column order. */
    java.util.List<String> figures() {
        return java.util.List.of(reported, named, coverage, reportedShare, computedShare, check);
    }
}
