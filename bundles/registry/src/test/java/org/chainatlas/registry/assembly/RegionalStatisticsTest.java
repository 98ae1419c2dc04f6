package org.chainatlas.registry.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.Check;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.RegionFigures;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.SeedFiles;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.LayerReader;
import org.junit.jupiter.api.Test;

/**
 * Figures stay with their region: the seed (Yangtze River Delta) beside two synthetic test regions,
 * one surveyed with figures of its own and one with none at all.
 */
class RegionalStatisticsTest {

    private static final Source SOURCE = new Source("test", new Text(null, "synthetic test data"), "2026-12-03", null, null);

    @Test
    void oneRegionKeepsItsStatisticsAsTheyWere() throws Exception {
        Snapshot seedOnly = atlas(seed());
        Statistics stats = seedOnly.statistics(null);
        assertEquals(1, stats.regions().size());
        assertEquals("yrd", stats.regions().get(0).id());
        for (LayerStats layer : stats.layers()) {
            assertEquals(List.of(), layer.regions(), "no per-region rows over one region");
            assertNull(layer.unreported());
        }
        assertEquals(12L, layer(stats, "base").reported());
    }

    @Test
    void eachRegionsFiguresAreItsOwnAndNoCheckFailsBecauseOfAnotherRegion() throws Exception {
        Snapshot atlas = atlas(seed(), surveyed(), unsurveyed());
        Statistics stats = atlas.statistics(null);
        assertEquals(List.of("test-north", "test-south", "yrd"), stats.regions().stream().map(Statistics.Region::id).toList());

        LayerStats base = layer(stats, "base");
        assertEquals(List.of("test-north:30:25", "test-south:null:5", "yrd:12:7"), rows(base.regions()));
        assertNull(base.reported(), "test-south names base entries and reports none: no total");
        assertTrue(base.unreported().en().contains("Test South (synthetic) names 5"), base.unreported().en());
        assertEquals(37, base.named());
        assertNull(base.coverage());

        for (Statistics.Region region : stats.regions()) {
            Statistics alone = atlas.region(region.id()).statistics(null);
            for (LayerStats layer : alone.layers()) {
                LayerStats together = layer(stats, layer.layer().id());
                RegionFigures row = together.regions().stream().filter(r -> r.region().equals(region.id()))
                        .findFirst().orElse(null);
                if (row != null) {
                    assertEquals(layer.reported(), row.reported(), region.id() + " " + layer.layer().id());
                    assertEquals(layer.named(), row.named(), region.id() + " " + layer.layer().id());
                }
            }
        }
        for (LayerStats layer : stats.layers()) {
            assertTrue(layer.checks().stream().allMatch(Check::consistent), "layer checks: " + layer.checks());
            for (CategoryStats category : layer.categories()) {
                assertTrue(category.consistent(), category.category().id() + ": " + category.checks());
                if (category.coverage() != null) {
                    assertTrue(category.coverage() <= 1.0, category.category().id() + " " + category.coverage());
                }
            }
        }
    }

    @Test
    void aTotalAddsUpWhereEveryRegionThatNamesEntriesReportsAFigure() throws Exception {
        Statistics stats = atlas(seed(), surveyed()).statistics(null);
        LayerStats base = layer(stats, "base");
        assertEquals(42L, base.reported());
        assertEquals(32, base.named());
        assertEquals(32.0 / 42, base.coverage(), 1e-9);
        CategoryStats open = base.categories().stream().filter(c -> c.category().id().equals("open-source"))
                .findFirst().orElseThrow();
        assertEquals(List.of("test-north:28:25", "yrd:null:5"), rows(open.regions()));
        assertNull(open.reported(), "the seed names open-source platforms without a figure for them");
        assertNotNull(open.unreported());
        assertTrue(base.checks().stream().allMatch(c -> c.message().en().startsWith("Yangtze River Delta: ")
                || c.message().en().startsWith("Test North (synthetic): ")), "each check says whose it is: " + base.checks());
    }

    @Test
    void contributedCategoriesSitUnderTheirParentInListingsAndStatistics() throws Exception {
        Snapshot atlas = atlas(seed(), surveyed(), contributing());
        List<String> underSolution = atlas.list(new EntryQuery(null, List.of("solution"), null, null)).stream()
                .map(Entry::qualifiedId).toList();
        assertEquals(List.of("west/bridge-0", "west/bridge-1", "west/bridge-2"), underSolution);
        LayerStats middle = layer(atlas.statistics(null), "middle");
        List<String> rows = middle.categories().stream().map(c -> c.depth() + ":" + c.category().id() + ":" + c.named()).toList();
        assertEquals(List.of("0:solution:3", "1:interoperability:3"), rows.subList(0, 2));
        assertEquals("west", middle.categories().get(1).category().contributedBy());
        assertTrue(middle.categories().stream().allMatch(CategoryStats::consistent));
    }

    /** Three middle-layer entries in a category the test region adds under the layer's 'solution'. */
    private static OfDataset contributing() {
        Provenance provenance = new Provenance(SOURCE, null);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entries.add(new Entry("west", "bridge-" + i, "middle", new Text(null, "Bridge " + i + " (synthetic)"),
                    Map.of("function", List.of("interoperability")), null, null, List.of(), List.of(), null, provenance));
        }
        ContributedCategory interoperability = new ContributedCategory("west", "middle", "function", "interoperability",
                "solution", new Text("互操作（测试）", "Interoperability (synthetic)"), null, provenance);
        DatasetDocument document = new DatasetDocument(DatasetDocument.FORMAT, "west", "1.0.0",
                new Text(null, "Test West (synthetic)"), null, null, List.of(SOURCE), List.of(), entries, List.of(),
                List.of(interoperability));
        return new OfDataset(document, "test.west", 400);
    }

    private static List<String> rows(List<RegionFigures> rows) {
        return rows.stream().map(r -> r.region() + ":" + r.reported() + ":" + r.named()).toList();
    }

    private static LayerStats layer(Statistics stats, String id) {
        return stats.layers().stream().filter(l -> l.layer().id().equals(id)).findFirst().orElseThrow();
    }

    private static Snapshot atlas(OfDataset... datasets) throws Exception {
        List<OfLayer> layers = new ArrayList<>();
        long serviceId = 1;
        for (String id : List.of("base", "middle", "application", "service")) {
            layers.add(new OfLayer(LayerReader.read(SeedFiles.layer(id)), "org.chainatlas.layer-" + id, serviceId++));
        }
        return AtlasAssembler.assemble(1, layers, List.of(datasets), List.of());
    }

    private static OfDataset seed() throws Exception {
        return new OfDataset(DatasetReader.read(SeedFiles.dataset()), "org.chainatlas.dataset-yrd-2022", 100);
    }

    /** 25 open-source base platforms, of 30 reported (28 of them open source). */
    private static OfDataset surveyed() {
        List<Figure> figures = List.of(
                figure("north", "base-total", null, 30),
                figure("north", "base-open", "open-source", 28));
        return region("north", "test-north", "Test North (synthetic)", 25, figures, 200);
    }

    /** 5 open-source base platforms and no figure at all. */
    private static OfDataset unsurveyed() {
        return region("south", "test-south", "Test South (synthetic)", 5, List.of(), 300);
    }

    /** Datasets are ordered by id: "north" and "south" come before "yrd-2022". */
    private static OfDataset region(String id, String place, String name, int platforms, List<Figure> figures, long serviceId) {
        Provenance provenance = new Provenance(SOURCE, null);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < platforms; i++) {
            entries.add(new Entry(id, "platform-" + i, "base", new Text(null, "Platform " + i + " (synthetic)"),
                    Map.of("openness", List.of("open-source")), null, null, List.of(place), List.of(), null, provenance));
        }
        DatasetDocument document = new DatasetDocument(DatasetDocument.FORMAT, id, "1.0.0", new Text(null, name), place,
                null, List.of(SOURCE), List.of(new Place(place, new Text(null, name), null, null, "region")),
                entries, figures);
        return new OfDataset(document, "test." + id, serviceId);
    }

    private static Figure figure(String dataset, String id, String category, long value) {
        return new Figure(dataset, id, "base", category == null ? null : "openness", category, null, value, null,
                null, null, new Provenance(SOURCE, null));
    }
}
