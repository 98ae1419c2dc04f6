package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/**
 * Reported figures against named entries, per layer, category and place.
 *
 * <p>A figure belongs to its dataset's region, and coverage and checks are worked out within one
 * region only. Where the statistics span several regions ({@code regions} has more than one),
 * every layer and category also lists each region's own figures ({@code LayerStats.regions},
 * {@code CategoryStats.regions}); its {@code reported} total is the sum of the regions' figures
 * only where every region that names entries there reports a figure, and otherwise null with the
 * reason in {@code unreported}. Over one region, those lists are empty and nothing else changes.
 *
 * @param regions the regions these statistics cover, in order; empty where no dataset is installed
 */
public record Statistics(int named, int pending, List<LayerStats> layers, List<Region> regions) {

    public Statistics {
        layers = List.copyOf(layers);
        regions = List.copyOf(regions);
    }

    public Statistics(int named, int pending, List<LayerStats> layers) {
        this(named, pending, layers, List.of());
    }

    /**
     * A region the statistics keep apart: the place a dataset covers (or, for a dataset that names
     * no region, the dataset itself), with the datasets that cover it.
     */
    public record Region(String id, Text name, List<String> datasets) {
        public Region {
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One region's own figures for a layer or a category: reported and named by its datasets alone.
     *
     * @param region the region's id, as in {@link Region#id()}; {@code name} is its name
     */
    public record RegionFigures(String region, Text name, Long reported, int named, List<Check> checks) {
        public RegionFigures {
            checks = List.copyOf(checks);
        }

        public Double coverage() {
            return ratio(named, reported);
        }
    }

    /**
     * One layer. {@code reported} is null where no source gives a figure for the whole layer;
     * {@code sumOfParts} adds up its top-level category figures (null where there are none).
     * Across regions, {@code regions} holds each region's figures and {@code unreported} says why
     * {@code reported} is null although some region reports one (else null).
     */
    public record LayerStats(Layer layer, Long reported, Long sumOfParts, int named,
                             List<CategoryStats> categories, List<Check> checks,
                             List<RegionFigures> regions, Text unreported) {
        public LayerStats {
            categories = List.copyOf(categories);
            checks = List.copyOf(checks);
            regions = List.copyOf(regions);
        }

        /** One region's statistics: no per-region rows. */
        public LayerStats(Layer layer, Long reported, Long sumOfParts, int named,
                          List<CategoryStats> categories, List<Check> checks) {
            this(layer, reported, sumOfParts, named, categories, checks, List.of(), null);
        }

        public Double coverage() {
            return ratio(named, reported);
        }
    }

    /**
     * One category of one facet. {@code reportedShare} is the share the source prints, in percent;
     * {@code computedShare} is reported ÷ the layer's reported figure, in percent.
     */
    public record CategoryStats(String facet, Category category, int depth, Long reported, int named,
                                Double reportedShare, Double computedShare,
                                List<PlaceStats> places, List<Check> checks,
                                List<RegionFigures> regions, Text unreported) {
        public CategoryStats {
            places = List.copyOf(places);
            checks = List.copyOf(checks);
            regions = List.copyOf(regions);
        }

        /** One region's statistics: no per-region rows. */
        public CategoryStats(String facet, Category category, int depth, Long reported, int named,
                             Double reportedShare, Double computedShare,
                             List<PlaceStats> places, List<Check> checks) {
            this(facet, category, depth, reported, named, reportedShare, computedShare, places, checks, List.of(), null);
        }

        public Double coverage() {
            return ratio(named, reported);
        }

        public boolean consistent() {
            return checks.stream().allMatch(Check::consistent);
        }
    }

    /** A figure the source gives for one place within a category, e.g. parks in Zhejiang. */
    public record PlaceStats(Place place, long reported, int named) {
        public Double coverage() {
            return ratio(named, reported);
        }
    }

    /** One consistency check: parts against their whole, or a printed share against the counts. */
    public record Check(boolean consistent, Text message) {
    }

    /** named ÷ reported, or null where nothing is reported. */
    public static Double ratio(long part, Long whole) {
        return whole == null || whole == 0 ? null : (double) part / whole;
    }
}
