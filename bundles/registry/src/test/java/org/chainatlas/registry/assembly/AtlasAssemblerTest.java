package org.chainatlas.registry.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.registry.SeedFiles;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.LayerReader;
import org.junit.jupiter.api.Test;

class AtlasAssemblerTest {

    private static List<OfLayer> layers(String... ids) throws Exception {
        List<OfLayer> out = new ArrayList<>();
        long serviceId = 1;
        for (String id : ids) {
            out.add(new OfLayer(LayerReader.read(SeedFiles.layer(id)), "org.chainatlas.layer-" + id, serviceId++));
        }
        return out;
    }

    private static OfDataset seed() throws Exception {
        return new OfDataset(DatasetReader.read(SeedFiles.dataset()), "org.chainatlas.dataset-yrd-2022", 100);
    }

    private static Snapshot atlas(String... layerIds) throws Exception {
        return AtlasAssembler.assemble(1, layers(layerIds), List.of(seed()), List.of());
    }

    private static Snapshot full() throws Exception {
        return atlas("service", "base", "application", "middle");
    }

    private static List<String> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }

    @Test
    void layersComeBottomFirstWhateverTheirArrivalOrder() throws Exception {
        assertEquals(List.of("base", "middle", "application", "service"),
                full().layers().stream().map(l -> l.id()).toList());
    }

    @Test
    void theSeedMapHasItsThirtyFiveNamedEntriesAndNothingPending() throws Exception {
        Snapshot atlas = full();
        assertEquals(35, atlas.entries().size());
        assertTrue(atlas.pending().isEmpty());
        assertEquals(35, atlas.datasets().get(0).entries());
        assertEquals(0, atlas.datasets().get(0).pending());
    }

    @Test
    void entriesOfAMissingLayerWaitAsPendingWithTheReason() throws Exception {
        Snapshot atlas = atlas("middle", "application", "service");
        assertEquals(28, atlas.entries().size());
        assertEquals(7, atlas.pending().size());
        assertEquals(7, atlas.datasets().get(0).pending());
        assertEquals(List.of("layer 'base' is not installed"), atlas.datasets().get(0).pendingReasons());
        AtlasException e = assertThrows(AtlasException.class, () -> atlas.entry("ant-chain"));
        assertEquals("entry 'ant-chain' is pending: layer 'base' is not installed", e.getMessage());
    }

    @Test
    void anUnknownLayerNamesTheValidOnes() throws Exception {
        AtlasException e = assertThrows(AtlasException.class,
                () -> full().list(new EntryQuery("midle", List.of(), null, null)));
        assertEquals("no layer 'midle'; layers: base, middle, application, service", e.getMessage());
    }

    @Test
    void opennessAndPlaceAndCategoryFiltersNarrowTheList() throws Exception {
        Snapshot atlas = full();
        assertEquals(5, atlas.list(new EntryQuery("base", List.of("openness:open-source"), null, null)).size());
        assertEquals(List.of("trustsql", "ant-chain"), ids(atlas.list(new EntryQuery(null, List.of("closed-source"), null, null))));
        assertEquals(List.of("shanghai-jingan"), ids(atlas.list(new EntryQuery(null, List.of(), "310000", null))));
        assertEquals(List.of("suzhou-xiangcheng", "nanjing-gulou"), ids(atlas.list(new EntryQuery(null, List.of(), "江苏省", null))));
        assertEquals(11, atlas.list(new EntryQuery("service", List.of("media"), null, null)).size());
        assertEquals(4, atlas.list(new EntryQuery(null, List.of(), "yrd", null)).size(), "the region holds its districts");
    }

    @Test
    void aListPageIsTheStartOfTheWholeListAndKnowsWhetherThereIsMore() throws Exception {
        Snapshot atlas = full();
        List<Entry> all = atlas.list(EntryQuery.ALL);
        assertEquals(35, all.size());
        SearchPage first = atlas.list(EntryQuery.ALL, 10);
        assertEquals(all.subList(0, 10), first.entries());
        assertTrue(first.more());
        SearchPage whole = atlas.list(EntryQuery.ALL, 35);
        assertEquals(all, whole.entries());
        assertFalse(whole.more(), "exactly as many as there are: nothing more");
        EntryQuery openSource = new EntryQuery("base", List.of("openness:open-source"), null, null);
        assertEquals(atlas.list(openSource), atlas.list(openSource, 50).entries());
        assertEquals("a listing shows at least 1 entry, not 0",
                assertThrows(AtlasException.class, () -> atlas.list(EntryQuery.ALL, 0)).getMessage());
    }

    @Test
    void anUnknownCategorySuggestsTheClosest() throws Exception {
        AtlasException e = assertThrows(AtlasException.class,
                () -> full().list(new EntryQuery("service", List.of("medai"), null, null)));
        assertTrue(e.getMessage().startsWith("no category 'medai' in layer 'service'; did you mean 'media'? categories: "),
                e.getMessage());
    }

    @Test
    void searchMatchesChineseEnglishAndOrganisationsIgnoringCase() throws Exception {
        Snapshot atlas = full();
        assertEquals(List.of("ant-chain"), ids(atlas.search("蚂蚁")));
        assertEquals(List.of("fisco-bcos"), ids(atlas.search("fisco")));
        assertEquals(List.of("fisco-bcos"), ids(atlas.search("FISCOBCOS")));
        assertEquals(List.of("trustsql"), ids(atlas.search("tencent")));
        assertTrue(atlas.search("no such thing").isEmpty());
    }

    @Test
    void anUnknownEntrySuggestsTheClosestId() throws Exception {
        AtlasException e = assertThrows(AtlasException.class, () -> full().entry("ant-chian"));
        assertEquals("no entry 'ant-chian'; did you mean 'ant-chain'?", e.getMessage());
    }

    /** Two datasets holding the same entries: a page must take layer by layer across both, as the whole search does. */
    @Test
    void aSearchPageIsTheStartOfTheWholeSearchAndKnowsWhetherThereIsMore() throws Exception {
        DatasetDocument seed = seed().document();
        DatasetDocument copy = new DatasetDocument(seed.format(), "copy", "1.0.0", seed.title(), seed.region(), null,
                seed.sources(), seed.places(), seed.entries().stream().map(e -> rename(e, "copy")).toList(), List.of());
        Snapshot atlas = AtlasAssembler.assemble(1, layers("service", "base", "application", "middle"),
                List.of(seed(), new OfDataset(copy, "copy.bundle", 200)), List.of());
        for (String text : List.of("区块链", "链", "chain", "no such thing")) {
            List<Entry> all = atlas.search(text);
            for (int limit = 1; limit <= all.size() + 1; limit++) {
                SearchPage page = atlas.search(text, limit);
                assertEquals(all.subList(0, Math.min(limit, all.size())), page.entries(), text + " limit " + limit);
                assertEquals(all.size() > limit, page.more(), text + " limit " + limit);
            }
        }
        List<Entry> all = atlas.search("链");
        assertTrue(all.size() > 10, "the seed map has more than 10 entries with 链, twice: " + all.size());
        List<String> layersInOrder = all.stream().map(Entry::layer).distinct().toList();
        assertEquals(List.of("base", "middle", "application", "service").stream().filter(layersInOrder::contains).toList(),
                layersInOrder, "matches come bottom layer first, across datasets");
        assertEquals("a search shows at least 1 entry, not 0",
                assertThrows(AtlasException.class, () -> atlas.search("链", 0)).getMessage());
    }

    @Test
    void twoDatasetsMayUseOneIdAndTheBareIdThenAsksWhichOne() throws Exception {
        DatasetDocument seed = seed().document();
        DatasetDocument copy = new DatasetDocument(seed.format(), "copy", "1.0.0", seed.title(), seed.region(), null,
                seed.sources(), seed.places(),
                List.of(rename(seed.entries().get(0), "copy")), List.of());
        Snapshot atlas = AtlasAssembler.assemble(1, layers("base"),
                List.of(seed(), new OfDataset(copy, "copy.bundle", 200)), List.of());
        AtlasException e = assertThrows(AtlasException.class, () -> atlas.entry("hyperledger"));
        assertEquals("entry id 'hyperledger' is used by 2 datasets; name one of: copy/hyperledger, yrd-2022/hyperledger",
                e.getMessage());
        assertEquals("copy", atlas.entry("copy/hyperledger").dataset());
        assertEquals(2, atlas.datasetsUsingId("hyperledger"), "what a listing asks before showing a bare id");
        assertEquals(1, atlas.datasetsUsingId(seed.entries().get(1).id()));
        assertEquals(0, atlas.datasetsUsingId("no-such-entry"));
    }

    @Test
    void changesAppliedTogetherBuildTheSameAtlasAsOneByOne() throws Exception {
        List<OfLayer> four = layers("service", "base", "application", "middle");
        AtlasState oneByOne = AtlasState.empty();
        AtlasState together = AtlasState.empty();
        for (OfLayer layer : four) {
            oneByOne = oneByOne.withLayer(layer);
            oneByOne.snapshot(1);
            together = together.withLayer(layer); // no snapshot between: built once, at the end
        }
        oneByOne = oneByOne.withDataset(seed());
        together = together.withDataset(seed());
        Snapshot a = oneByOne.snapshot(2);
        Snapshot b = together.snapshot(2);
        assertEquals(35, b.entries().size());
        assertEquals(a.entries(), b.entries());
        assertEquals(a.statistics(null), b.statistics(null));
        assertEquals(ids(a.list(new EntryQuery("base", List.of(), null, null))),
                ids(b.list(new EntryQuery("base", List.of(), null, null))));
        Snapshot withoutBase = together.withoutLayer(four.get(1).serviceId()).snapshot(3);
        assertTrue(withoutBase.pending().size() > 0, "entries of a layer that left wait as pending");
        assertEquals(35, together.snapshot(4).entries().size(), "an earlier state is unchanged by later ones");
    }

    /** A base never asked for a snapshot is built once, by the first state derived from it, and then reused. */
    @Test
    void statesDerivedFromAnUnbuiltBaseBuildItOnce() throws Exception {
        AtlasState base = AtlasState.empty();
        for (OfLayer layer : layers("service", "base", "application", "middle")) {
            base = base.withLayer(layer);
        }
        base = base.withDataset(seed());
        assertFalse(base.isBuilt());
        DatasetDocument other = new DatasetDocument(seed().document().format(), "other", "1.0.0",
                seed().document().title(), null, null, seed().document().sources(), List.of(), List.of(), List.of());
        AtlasState first = base.withDataset(new OfDataset(other, "other.bundle", 200));
        assertEquals(35, first.snapshot(1).entries().size());
        assertTrue(base.isBuilt(), "the next state derived from the base reuses its segments");
        assertEquals(35, base.withoutDataset(200).snapshot(2).entries().size());
    }

    private static Entry rename(Entry e, String dataset) {
        return new Entry(dataset, e.id(), e.layer(), e.name(), e.categories(), e.organisation(), e.organisationKey(),
                e.places(), e.links(), e.note(), e.provenance());
    }

    @Test
    void aSecondDatasetWithTheSameIdIsReportedNotMerged() throws Exception {
        OfDataset again = new OfDataset(seed().document(), "other.bundle", 300);
        Snapshot atlas = AtlasAssembler.assemble(1, layers("base"), List.of(again, seed()), List.of());
        assertEquals(1, atlas.datasets().size());
        assertEquals("org.chainatlas.dataset-yrd-2022", atlas.datasets().get(0).bundle());
        assertEquals("dataset 'yrd-2022' is already provided by org.chainatlas.dataset-yrd-2022; this copy is ignored",
                atlas.problems().get(0).message());
    }

    @Test
    void statisticsReportFiguresNamedEntriesCoverageAndConsistency() throws Exception {
        Statistics stats = full().statistics(null);
        assertEquals(35, stats.named());
        LayerStats base = stats.layers().get(0);
        assertEquals(12L, base.reported());
        assertEquals(7, base.named());
        assertEquals(7.0 / 12, base.coverage(), 1e-9);

        LayerStats middle = stats.layers().get(1);
        assertEquals(265L, middle.reported());
        assertEquals(265L, middle.sumOfParts());
        assertTrue(middle.checks().stream().allMatch(Statistics.Check::consistent), middle.checks().toString());
        CategoryStats solution = middle.categories().get(0);
        assertEquals(231L, solution.reported());
        assertEquals(87.0, solution.reportedShare());
        assertEquals(87.17, solution.computedShare(), 0.01);
        assertTrue(middle.categories().stream().allMatch(CategoryStats::consistent));
        CategoryStats cloud = middle.categories().stream().filter(c -> c.category().id().equals("cloud")).findFirst().orElseThrow();
        assertEquals(1, cloud.depth());
        assertNull(cloud.reported());

        LayerStats application = stats.layers().get(2);
        assertEquals(246L, application.reported());
        assertEquals(0, application.named());

        LayerStats service = stats.layers().get(3);
        assertNull(service.reported(), "the seed gives no service-layer total");
        assertEquals(70L, service.sumOfParts());
        assertEquals(List.of(2L, 12L, 13L, 4L, 16L, 12L, 11L),
                service.categories().stream().map(CategoryStats::reported).toList());
        assertEquals(List.of(2, 4, 4, 4, 0, 3, 11), service.categories().stream().map(CategoryStats::named).toList());
        CategoryStats parks = service.categories().get(4);
        assertEquals(List.of("330000:9", "310000:4", "320000:3"),
                parks.places().stream().map(p -> p.place().id() + ":" + p.reported()).toList());
        assertTrue(parks.consistent());
    }

    @Test
    void entriesInACategoryAndPlaceAreCountedFromTheIndexes() throws Exception {
        Snapshot atlas = full();
        assertEquals(1, atlas.counts().namedIn("service", "aspect", "cluster", java.util.Set.of("310000", "310106")));
        assertEquals(4, atlas.counts().namedIn("service", "aspect", "cluster",
                java.util.Set.of("310106", "320507", "320106", "330110", "320500", "320100", "330100")));
        assertEquals(0, atlas.counts().namedIn("service", "aspect", "media", java.util.Set.of("310106")));
    }

    @Test
    void aShareOutsideTheSourcesRoundingIsFlagged() {
        assertFalse(StatisticsCalculator.shareCheck(80, 231, 265).consistent());
        assertTrue(StatisticsCalculator.shareCheck(8, 20, 265).consistent(), "7.55% prints as 8%");
        assertFalse(StatisticsCalculator.shareCheck(7.6, 20, 265).consistent(), "one decimal printed: 7.547 is not 7.6±0.05");
        assertEquals("reported share 87% matches 231/265 = 87.2% within the source's rounding",
                StatisticsCalculator.shareCheck(87, 231, 265).message().en());
    }

    @Test
    void partsThatExceedOrFallShortOfTheirWholeAreFlagged() {
        assertFalse(StatisticsCalculator.partsCheck(List.of(200L, 100L), 265L, true).consistent());
        assertFalse(StatisticsCalculator.partsCheck(List.of(200L, 10L), 265L, true).consistent());
        assertTrue(StatisticsCalculator.partsCheck(java.util.Arrays.asList(200L, null), 265L, true).consistent(),
                "an unreported part may hold the rest");
        assertTrue(StatisticsCalculator.partsCheck(List.of(9L, 4L), 16L, false).consistent(),
                "figures for some provinces only do not contradict the whole");
    }
}
