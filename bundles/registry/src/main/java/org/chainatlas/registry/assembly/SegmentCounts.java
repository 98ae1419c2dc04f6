package org.chainatlas.registry.assembly;

import java.util.List;
import java.util.Set;

/** How many entries some segments name, answered from their indexes: the whole atlas or one region of it. */
final class SegmentCounts implements StatisticsCalculator.Counts {

    private final List<Segment> segments;

    SegmentCounts(List<Segment> segments) {
        this.segments = segments;
    }

    // Plain loops: every atlas:stats runs these, per layer and category (see the package notes).
    @Override
    public int named(String layer) {
        int named = 0;
        for (Segment s : segments) {
            named += s.layer(layer).size();
        }
        return named;
    }

    @Override
    public int named(String layer, String facet, String category) {
        int named = 0;
        for (Segment s : segments) {
            named += s.countInCategory(layer, facet, category);
        }
        return named;
    }

    @Override
    public int namedIn(String layer, String facet, String category, Set<String> within) {
        int named = 0;
        for (Segment s : segments) {
            named += s.countInCategoryAndPlaces(layer, facet, category, within);
        }
        return named;
    }
}
