package org.chainatlas.registry.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetDiff.Changed;
import org.chainatlas.api.DatasetDiff.FieldChange;
import org.chainatlas.api.DatasetDiff.Item;
import org.chainatlas.api.DatasetDiff.Section;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.Test;

/** Two versions of a fictional dataset ("diff-town", synthetic) as a maintainer would change it. */
class DocumentDiffTest {

    private static final Source SOURCE = new Source("synthetic", Text.of("合成数据", "Synthetic data"), "2024", null, null);
    private static final Provenance PROVENANCE = new Provenance(SOURCE, null);
    private static final Place TOWN = new Place("diff-town", Text.of("比较镇（合成）", "Diff Town (synthetic)"), null, null, "city");
    private static final Place EAST = new Place("diff-east", Text.of("东区（合成）", "East (synthetic)"), null, "diff-town", "district");

    @Test
    void identicalDocumentsHaveNoChangeAtAll() {
        DatasetDocument v1 = document("1.0.0", List.of(chain("a"), chain("b")), List.of(figure("base-total", 12, null)));
        DatasetDiff diff = diff(v1, v1);
        assertTrue(diff.identical());
        assertEquals("+0 −0 ~0", diff.section(DatasetDiff.ENTRIES).counts());
    }

    @Test
    void reorderedEntriesFiguresAndPlacesAreNoChange() {
        DatasetDocument v1 = document("1.0.0", List.of(chain("a"), chain("b"), chain("c")),
                List.of(figure("f1", 1, null), figure("f2", 2, null)), List.of(TOWN, EAST));
        DatasetDocument v2 = document("1.0.0", List.of(chain("c"), chain("a"), chain("b")),
                List.of(figure("f2", 2, null), figure("f1", 1, null)), List.of(EAST, TOWN));
        assertTrue(diff(v1, v2).identical());
    }

    @Test
    void reorderedCategoriesPlacesAndLinksWithinAnEntryAreNoChange() {
        Entry before = entry("multi", Map.of("domain", List.of("finance", "logistics")), List.of("diff-town", "diff-east"),
                List.of("https://a.example", "https://b.example"));
        Entry after = entry("multi", Map.of("domain", List.of("logistics", "finance")), List.of("diff-east", "diff-town"),
                List.of("https://b.example", "https://a.example"));
        assertTrue(diff(document("1", List.of(before), List.of()), document("1", List.of(after), List.of())).identical());
    }

    @Test
    void addedRemovedAndChangedEntriesAreCountedAndNamed() {
        DatasetDocument v1 = document("1.0.0", List.of(chain("kept"), chain("dropped"), chain("renamed")), List.of());
        Entry renamed = new Entry("diff-town", "renamed", "base", Text.of("改名链（合成）", "Renamed Chain (synthetic)"),
                Map.of("openness", List.of("open-source")), null, null, List.of(), List.of(), null, PROVENANCE);
        DatasetDocument v2 = document("1.0.1", List.of(chain("kept"), renamed, chain("new-1"), chain("new-2")), List.of());

        DatasetDiff diff = diff(v1, v2);
        Section entries = diff.section(DatasetDiff.ENTRIES);
        assertEquals(List.of("new-1", "new-2"), entries.added().stream().map(Item::id).toList());
        assertEquals(List.of("dropped"), entries.removed().stream().map(Item::id).toList());
        assertEquals("+2 −1 ~1", entries.counts());
        Changed changed = entries.changed().get(0);
        assertEquals("renamed", changed.item().id());
        assertEquals(List.of(new FieldChange("name.zh", "链 renamed（合成）", "改名链（合成）"),
                new FieldChange("name.en", "Chain renamed (synthetic)", "Renamed Chain (synthetic)")), changed.fields());
        assertEquals(List.of(new FieldChange("version", "1.0.0", "1.0.1")), diff.header());
        assertFalse(diff.identical());
    }

    @Test
    void everyFieldOfAnEntryIsComparedOnItsOwn() {
        Entry before = new Entry("diff-town", "e", "base", Text.of("甲", "A"), Map.of("openness", List.of("open-source")),
                Text.of("甲公司", "A Ltd."), null, List.of("diff-town"), List.of(), Text.of("旧备注", "old note"), PROVENANCE);
        Entry after = new Entry("diff-town", "e", "middle", Text.of("甲", "A"), Map.of("function", List.of("baas")),
                Text.of("甲公司", "A Group"), "91310000SYNTHETIC", List.of("diff-east"), List.of("https://a.example"),
                Text.of("旧备注", null), PROVENANCE);
        List<FieldChange> fields = diff(document("1", List.of(before), List.of()), document("1", List.of(after), List.of()))
                .section(DatasetDiff.ENTRIES).changed().get(0).fields();
        assertEquals(List.of(
                new FieldChange("layer", "base", "middle"),
                new FieldChange("categories.openness", "open-source", null),
                new FieldChange("organisation.en", "A Ltd.", "A Group"),
                new FieldChange("organisation.key", null, "91310000SYNTHETIC"),
                new FieldChange("places", "diff-town", "diff-east"),
                new FieldChange("links", null, "https://a.example"),
                new FieldChange("note.en", "old note", null),
                new FieldChange("categories.function", null, "baas")), fields);
    }

    @Test
    void aCategoryAddedToAMultiValuedFacetShowsBothSets() {
        Entry before = entry("m", Map.of("domain", List.of("finance")), List.of(), List.of());
        Entry after = entry("m", Map.of("domain", List.of("logistics", "finance")), List.of(), List.of());
        assertEquals(List.of(new FieldChange("categories.domain", "finance", "finance, logistics")),
                diff(document("1", List.of(before), List.of()), document("1", List.of(after), List.of()))
                        .section(DatasetDiff.ENTRIES).changed().get(0).fields());
    }

    @Test
    void figuresChangedByValueAndShareAddedAndRemoved() {
        DatasetDocument v1 = document("1", List.of(), List.of(figure("base-total", 12, null), figure("parks", 16, 5.0),
                figure("old", 1, null)));
        DatasetDocument v2 = document("1", List.of(), List.of(figure("base-total", 14, null), figure("parks", 16, 6.5),
                figure("new", 3, null)));
        Section figures = diff(v1, v2).section(DatasetDiff.FIGURES);
        assertEquals("+1 −1 ~2", figures.counts());
        assertEquals(List.of(new FieldChange("value", "12", "14")), figures.changed().get(0).fields());
        assertEquals(List.of(new FieldChange("share", "5", "6.5")), figures.changed().get(1).fields());
        assertTrue(diff(v1, v2).section(DatasetDiff.ENTRIES).isEmpty());
    }

    @Test
    void placesAddedRemovedAndChanged() {
        Place recoded = new Place("diff-town", TOWN.name(), "310000", null, "city");
        Place west = new Place("diff-west", Text.of("西区（合成）", "West (synthetic)"), null, "diff-town", "district");
        Section places = diff(document("1", List.of(), List.of(), List.of(TOWN, EAST)),
                document("1", List.of(), List.of(), List.of(recoded, west))).section(DatasetDiff.PLACES);
        assertEquals(List.of(new Item("diff-west", west.name())), places.added());
        assertEquals(List.of(new Item("diff-east", EAST.name())), places.removed());
        assertEquals(List.of(new FieldChange("code", null, "310000")), places.changed().get(0).fields());
    }

    @Test
    void theHeaderComparesTitleAndRegionAndSaysWhatEachSideWas() {
        DatasetDocument v1 = document("1.0.0", List.of(), List.of());
        DatasetDocument v2 = new DatasetDocument(DatasetDocument.FORMAT, "diff-town", "2.0.0",
                Text.of("比较镇（合成，第二版）", "Diff Town (synthetic)"), "diff-east", null, List.of(SOURCE),
                List.of(TOWN, EAST), List.of(), List.of());
        DatasetDiff diff = DocumentDiff.between("diff-town", v1, "v2.json", v2);
        assertEquals(List.of(new FieldChange("version", "1.0.0", "2.0.0"),
                new FieldChange("title.zh", "比较镇（合成）", "比较镇（合成，第二版）"),
                new FieldChange("region", "diff-town", "diff-east")), diff.header());
        assertEquals(new DatasetDiff.Side("v2.json", "diff-town", "2.0.0"), diff.b());
    }

    @Test
    void entriesOfTwoDatasetsWithDifferentIdsAreMatchedByTheirOwnId() {
        DatasetDocument a = document("1", List.of(chain("same")), List.of());
        Entry copied = new Entry("other-town", "same", "base", chain("same").name(), chain("same").categories(),
                null, null, List.of(), List.of(), null, PROVENANCE);
        DatasetDocument b = new DatasetDocument(DatasetDocument.FORMAT, "other-town", "1", a.title(), a.region(), null,
                List.of(SOURCE), a.places(), List.of(copied), List.of());
        DatasetDiff diff = diff(a, b);
        assertTrue(diff.section(DatasetDiff.ENTRIES).isEmpty());
        assertEquals(List.of(new FieldChange("id", "diff-town", "other-town")), diff.header());
    }

    @Test
    void contributedCategoriesAddedDroppedAndMovedAreTheirOwnSection() {
        DatasetDocument base = document("1", List.of(), List.of());
        DatasetDocument v1 = withCategories(base, contributed("wallets", "solution"), contributed("bridges", "solution"));
        DatasetDocument v2 = withCategories(base, contributed("wallets", "baas"), contributed("standards", null));
        Section categories = diff(v1, v2).section(DatasetDiff.CATEGORIES);
        assertEquals("+1 −1 ~1", categories.counts());
        assertEquals(List.of("standards"), categories.added().stream().map(Item::id).toList());
        assertEquals(List.of("bridges"), categories.removed().stream().map(Item::id).toList());
        assertEquals("wallets", categories.changed().get(0).item().id());
    }

    private static ContributedCategory contributed(String id, String parent) {
        return new ContributedCategory("diff-town", "middle", "function", id, parent,
                Text.of(id + "（合成）", id + " (synthetic)"), null, PROVENANCE);
    }

    private static DatasetDocument withCategories(DatasetDocument d, ContributedCategory... categories) {
        return new DatasetDocument(d.format(), d.id(), d.version(), d.title(), d.region(), d.description(), d.sources(),
                d.places(), d.entries(), d.figures(), List.of(categories));
    }

    private static DatasetDiff diff(DatasetDocument a, DatasetDocument b) {
        return DocumentDiff.between("a", a, "b", b);
    }

    private static DatasetDocument document(String version, List<Entry> entries, List<Figure> figures) {
        return document(version, entries, figures, List.of(TOWN));
    }

    private static DatasetDocument document(String version, List<Entry> entries, List<Figure> figures, List<Place> places) {
        return new DatasetDocument(DatasetDocument.FORMAT, "diff-town", version, Text.of("比较镇（合成）", "Diff Town (synthetic)"),
                "diff-town", null, List.of(SOURCE), new ArrayList<>(places), entries, figures);
    }

    private static Entry chain(String id) {
        return new Entry("diff-town", id, "base", Text.of("链 " + id + "（合成）", "Chain " + id + " (synthetic)"),
                Map.of("openness", List.of("open-source")), null, null, List.of(), List.of(), null, PROVENANCE);
    }

    private static Entry entry(String id, Map<String, List<String>> categories, List<String> places, List<String> links) {
        return new Entry("diff-town", id, "application", Text.of("条目（合成）", "Entry (synthetic)"), categories,
                null, null, places, links, null, PROVENANCE);
    }

    private static Figure figure(String id, long value, Double share) {
        return new Figure("diff-town", id, "base", null, null, null, value, share, Text.of("家", "organisations"), null, PROVENANCE);
    }
}
