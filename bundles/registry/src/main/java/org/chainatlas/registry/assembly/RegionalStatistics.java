package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.Check;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.Region;
import org.chainatlas.api.Statistics.RegionFigures;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/**
 * Statistics that keep each region's figures with its region. Every region (the place a dataset
 * covers) is counted on its own, by its datasets' figures against its datasets' entries, so that no
 * region's figure is divided by another's entries; over several regions the results are put side
 * by side, with a total only where every region that names entries there reports a figure.
 * Plain loops, no lambdas: atlas:layers runs this at every one-off start (see the package notes).
 */
final class RegionalStatistics {

    /** One region's datasets. */
    private record Part(Region region, List<Segment> segments) {
    }

    private RegionalStatistics() {
    }

    static Statistics calculate(List<Layer> scope, List<Segment> segments, PlaceTree places, int pending) {
        List<Part> parts = parts(segments, places);
        List<Region> regions = new ArrayList<>(parts.size());
        for (Part part : parts) {
            regions.add(part.region());
        }
        if (parts.size() <= 1) {
            Statistics one = within(scope, segments, places, pending);
            return new Statistics(one.named(), one.pending(), one.layers(), regions);
        }
        List<Statistics> each = new ArrayList<>(parts.size());
        for (Part part : parts) {
            each.add(within(scope, part.segments(), places, 0));
        }
        List<LayerStats> layers = new ArrayList<>(scope.size());
        int named = 0;
        for (int i = 0; i < scope.size(); i++) {
            LayerStats combined = combineLayer(regions, each, i);
            layers.add(combined);
            named += combined.named();
        }
        return new Statistics(named, pending, layers, regions);
    }

    /** Within one region: its figures against its entries. */
    private static Statistics within(List<Layer> scope, List<Segment> segments, PlaceTree places, int pending) {
        List<Figure> figures = new ArrayList<>();
        for (Segment s : segments) {
            figures.addAll(s.source.document().figures());
        }
        return new StatisticsCalculator(scope, new SegmentCounts(segments), figures, places, pending).calculate();
    }

    /** Datasets grouped by the place they cover, in dataset order; a dataset without a region is a region of its own. */
    private static List<Part> parts(List<Segment> segments, PlaceTree places) {
        Map<String, List<Segment>> byRegion = new LinkedHashMap<>();
        Map<String, Text> names = new LinkedHashMap<>();
        for (Segment s : segments) {
            String region = s.source.document().region();
            String key = region == null ? s.datasetId() : region;
            List<Segment> part = byRegion.get(key);
            if (part == null) {
                part = new ArrayList<>();
                byRegion.put(key, part);
            }
            part.add(s);
            if (!names.containsKey(key)) {
                Place place = region == null ? null : places.get(region);
                names.put(key, place == null ? s.source.document().title() : place.name());
            }
        }
        List<Part> parts = new ArrayList<>(byRegion.size());
        for (Map.Entry<String, List<Segment>> e : byRegion.entrySet()) {
            List<String> datasets = new ArrayList<>();
            for (Segment s : e.getValue()) {
                datasets.add(s.datasetId());
            }
            parts.add(new Part(new Region(e.getKey(), names.get(e.getKey()), datasets), e.getValue()));
        }
        return parts;
    }

    private static LayerStats combineLayer(List<Region> regions, List<Statistics> each, int index) {
        List<LayerStats> own = new ArrayList<>(each.size());
        for (Statistics s : each) {
            own.add(s.layers().get(index));
        }
        LayerStats first = own.get(0);
        List<RegionFigures> figures = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        int named = 0;
        Long sumOfParts = null;
        boolean partsKnown = true;
        for (int r = 0; r < own.size(); r++) {
            LayerStats s = own.get(r);
            named += s.named();
            if (s.sumOfParts() != null) {
                sumOfParts = (sumOfParts == null ? 0 : sumOfParts) + s.sumOfParts();
            } else if (s.named() > 0) {
                partsKnown = false;
            }
            addRegion(figures, checks, regions.get(r), s.reported(), s.named(), s.checks());
        }
        Total total = total(figures);
        List<CategoryStats> categories = new ArrayList<>(first.categories().size());
        for (int c = 0; c < first.categories().size(); c++) {
            categories.add(combineCategory(regions, own, c, total.reported()));
        }
        return new LayerStats(first.layer(), total.reported(), partsKnown ? sumOfParts : null, named,
                categories, checks, figures, total.why());
    }

    private static CategoryStats combineCategory(List<Region> regions, List<LayerStats> own, int index,
                                                 Long layerReported) {
        CategoryStats first = own.get(0).categories().get(index);
        List<RegionFigures> figures = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<Statistics.PlaceStats> places = new ArrayList<>();
        int named = 0;
        Double reportedShare = null;
        for (int r = 0; r < own.size(); r++) {
            CategoryStats s = own.get(r).categories().get(index);
            named += s.named();
            places.addAll(s.places());
            if (s.reportedShare() != null) {
                reportedShare = s.reportedShare();
            }
            addRegion(figures, checks, regions.get(r), s.reported(), s.named(), s.checks());
        }
        Total total = total(figures);
        // A printed share belongs to one region's source: it stands only where that region is the whole.
        boolean oneRegion = figures.size() == 1;
        Double computedShare = total.reported() == null || layerReported == null || layerReported == 0
                ? null : 100.0 * total.reported() / layerReported;
        return new CategoryStats(first.facet(), first.category(), first.depth(), total.reported(), named,
                oneRegion ? reportedShare : null, computedShare, places, checks, figures, total.why());
    }

    /** A region's row where it names or reports anything here, and its checks, each saying whose it is. */
    private static void addRegion(List<RegionFigures> figures, List<Check> checks, Region region, Long reported,
                                  int named, List<Check> own) {
        if (reported == null && named == 0 && own.isEmpty()) {
            return;
        }
        figures.add(new RegionFigures(region.id(), region.name(), reported, named, own));
        for (Check check : own) {
            checks.add(new Check(check.consistent(), new Text(
                    region.name().get(Lang.ZH) + "：" + check.message().zh(),
                    region.name().get(Lang.EN) + ": " + check.message().en())));
        }
    }

    /** The sum of the regions' figures, or null and why not. */
    private record Total(Long reported, Text why) {
    }

    private static Total total(List<RegionFigures> figures) {
        long sum = 0;
        List<String> reportingZh = new ArrayList<>();
        List<String> reportingEn = new ArrayList<>();
        List<String> silentZh = new ArrayList<>();
        List<String> silentEn = new ArrayList<>();
        for (RegionFigures f : figures) {
            Text name = f.name();
            if (f.reported() != null) {
                sum += f.reported();
                reportingZh.add(name.get(Lang.ZH) + " " + f.reported());
                reportingEn.add(name.get(Lang.EN) + " " + f.reported());
            } else if (f.named() > 0) {
                silentZh.add(name.get(Lang.ZH) + " 已命名 " + f.named() + " 个");
                silentEn.add(name.get(Lang.EN) + " names " + f.named());
            }
        }
        if (reportingEn.isEmpty()) {
            return new Total(null, null);
        }
        if (silentEn.isEmpty()) {
            return new Total(sum, null);
        }
        return new Total(null, new Text(
                "无合计：仅 " + String.join("、", reportingZh) + " 报告了数字，而 " + String.join("、", silentZh) + "但未报告",
                "no total: only " + String.join(", ", reportingEn) + " reported, while "
                        + String.join(", ", silentEn) + " and reported none"));
    }
}
