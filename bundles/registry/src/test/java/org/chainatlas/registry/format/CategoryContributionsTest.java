package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

/** Categories that datasets (synthetic ones here) add to the seed's layers. */
class CategoryContributionsTest {

    private static final Provenance PROVENANCE = new Provenance(
            new Source("test", new Text(null, "synthetic test data"), null, null, null), null);

    @Test
    void aContributionSitsUnderItsParentOrAtTheTopOfItsFacetMarkedWithItsDataset() throws Exception {
        CategoryContributions.Merged merged = CategoryContributions.merge(layers(), List.of(document("north",
                contribution("north", "middle", "function", "interoperability", "solution"),
                contribution("north", "middle", "function", "cross-chain-bridges", "interoperability"),
                contribution("north", "service", "aspect", "standards-body", null))));
        assertEquals(List.of(), merged.refused());
        Facet function = layer(merged, "middle").facet("function").orElseThrow();
        Category solution = function.find("solution").orElseThrow();
        assertEquals(List.of("interoperability"), solution.children().stream().map(Category::id).toList());
        assertEquals("north", function.find("cross-chain-bridges").orElseThrow().contributedBy());
        assertTrue(solution.covers("cross-chain-bridges"), "a contribution under a contribution rolls up to the layer's own");
        assertEquals(null, solution.contributedBy());
        List<String> top = layer(merged, "service").facet("aspect").orElseThrow().categories().stream().map(Category::id).toList();
        assertEquals("standards-body", top.get(top.size() - 1));
    }

    @Test
    void aLayersOwnCategoryCannotBeRedefinedAndTheRefusalNamesBoth() throws Exception {
        CategoryContributions.Merged merged = CategoryContributions.merge(layers(), List.of(document("north",
                contribution("north", "middle", "function", "baas", null))));
        assertEquals(List.of("category 'baas' is layer 'middle''s own (BaaS platforms (BaaS平台)); dataset 'north' cannot"
                + " redefine it: give the contributed category another id, or use 'baas' as its parent"), messages(merged));
        assertEquals(layers(), merged.layers(), "nothing is changed by a refused contribution");
    }

    @Test
    void twoDatasetsShareAnIdOnlyWithTheSameParent() throws Exception {
        CategoryContributions.Merged merged = CategoryContributions.merge(layers(), List.of(
                document("north", contribution("north", "middle", "function", "wallets", "solution")),
                document("south", contribution("south", "middle", "function", "wallets", "solution")),
                document("west", contribution("west", "middle", "function", "wallets", "baas"))));
        assertEquals(List.of("category 'wallets' of layer 'middle' is contributed by dataset 'north' under 'solution',"
                + " and dataset 'west' puts it under 'baas'; one id has one place: give it another id"), messages(merged));
        Category solution = layer(merged, "middle").facet("function").orElseThrow().find("solution").orElseThrow();
        assertEquals(1, solution.children().size(), "shared, not added twice");
    }

    @Test
    void aNewVersionIsCheckedAgainstTheAtlasWithoutItsOwnEarlierContributions() throws Exception {
        List<Layer> atlas = CategoryContributions.merge(layers(), List.of(
                document("north", contribution("north", "middle", "function", "wallets", "solution")),
                document("south", contribution("south", "middle", "function", "bridges", "solution")))).layers();
        CategoryContributions.Merged moved = CategoryContributions.merge(atlas, List.of(
                document("north", contribution("north", "middle", "function", "wallets", "baas"))));
        assertEquals(List.of(), messages(moved), "north may move its own category in a new version");
        CategoryContributions.Merged clash = CategoryContributions.merge(atlas, List.of(
                document("west", contribution("west", "middle", "function", "bridges", "baas"))));
        assertEquals(List.of("category 'bridges' of layer 'middle' is contributed by dataset 'south' under 'solution', and"
                + " dataset 'west' puts it under 'baas'; one id has one place: give it another id"), messages(clash));
    }

    @Test
    void anUnknownParentOrFacetIsRefusedWithTheValidChoicesAndALayerNotInstalledWaits() throws Exception {
        CategoryContributions.Merged merged = CategoryContributions.merge(layers(), List.of(document("north",
                contribution("north", "middle", "function", "wallets", "solutoin"),
                contribution("north", "middle", "funtion", "wallets-2", null),
                contribution("north", "regulation", "kind", "standards", null))));
        assertEquals(List.of("facet 'function' of layer 'middle' has no category 'solutoin' to put 'wallets' under"
                        + " (did you mean 'solution'?); categories: solution, baas, tech-support, cloud, smart-contract,"
                        + " data-service, information-security, e-signature (or leave out \"parent\" for the top of the facet)",
                "layer 'middle' has no facet 'funtion' (did you mean 'function'?); facets: function"), messages(merged));
    }

    private static List<String> messages(CategoryContributions.Merged merged) {
        return merged.refused().stream().map(CategoryContributions.Refusal::message).toList();
    }

    private static Layer layer(CategoryContributions.Merged merged, String id) {
        return merged.layers().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Layer> layers() throws Exception {
        List<Layer> layers = new ArrayList<>();
        for (String id : List.of("base", "middle", "application", "service")) {
            layers.add(LayerReader.read(SeedFiles.layer(id)));
        }
        return layers;
    }

    private static ContributedCategory contribution(String dataset, String layer, String facet, String id, String parent) {
        return new ContributedCategory(dataset, layer, facet, id, parent, new Text(null, id + " (synthetic)"), null, PROVENANCE);
    }

    private static DatasetDocument document(String id, ContributedCategory... categories) {
        return new DatasetDocument(DatasetDocument.FORMAT, id, "1.0.0", new Text(null, id), null, null,
                List.of(PROVENANCE.source()), List.of(), List.of(), List.of(), List.of(categories));
    }
}
