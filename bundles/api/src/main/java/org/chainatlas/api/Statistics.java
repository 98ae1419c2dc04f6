package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/** Reported figures against named entries, per layer, category and place. */
public record Statistics(int named, int pending, List<LayerStats> layers) {

    public Statistics {
        layers = List.copyOf(layers);
    }

    /**
     * One layer. {@code reported} is null where no source gives a figure for the whole layer;
     * {@code sumOfParts} adds up its top-level category figures (null where there are none).
     */
    public record LayerStats(Layer layer, Long reported, Long sumOfParts, int named,
                             List<CategoryStats> categories, List<Check> checks) {
        public LayerStats {
            categories = List.copyOf(categories);
            checks = List.copyOf(checks);
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
                                List<PlaceStats> places, List<Check> checks) {
        public CategoryStats {
            places = List.copyOf(places);
            checks = List.copyOf(checks);
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
