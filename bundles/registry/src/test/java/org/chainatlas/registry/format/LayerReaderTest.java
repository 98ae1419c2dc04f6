package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

class LayerReaderTest {

    private static List<String> ids(Facet facet) {
        return facet.categories().stream().map(Category::id).toList();
    }

    @Test
    void theFourLayersHaveTheirRanksRolesAndContractIds() throws Exception {
        Layer base = LayerReader.read(SeedFiles.layer("base"));
        Layer middle = LayerReader.read(SeedFiles.layer("middle"));
        Layer application = LayerReader.read(SeedFiles.layer("application"));
        Layer service = LayerReader.read(SeedFiles.layer("service"));
        assertEquals(List.of(100, 200, 300, 400), List.of(base.rank(), middle.rank(), application.rank(), service.rank()));
        assertEquals(List.of("基础层", "连接层", "核心层", "延展层"),
                List.of(base.role().zh(), middle.role().zh(), application.role().zh(), service.role().zh()));
        assertEquals(List.of("open-source", "closed-source"), ids(base.facet("openness").orElseThrow()));
        Facet function = middle.facet("function").orElseThrow();
        assertEquals(List.of("solution", "baas", "tech-support"), ids(function));
        assertEquals(List.of("cloud", "smart-contract", "data-service", "information-security", "e-signature"),
                function.find("tech-support").orElseThrow().children().stream().map(Category::id).toList());
        assertEquals(10, application.facet("domain").orElseThrow().categories().size());
        Facet industry = application.facet("industry").orElseThrow();
        assertEquals(List.of("primary", "secondary", "tertiary"), ids(industry));
        assertEquals(13, industry.flatten().size() - 3, "1 + 6 + 6 industries");
        assertEquals("汽车与机械", industry.find("automotive-machinery").orElseThrow().name().zh());
        assertEquals(List.of("infrastructure", "association", "research", "cluster", "park", "investor", "media"),
                ids(service.facet("aspect").orElseThrow()));
    }

    @Test
    void aCategoryIdUsedTwiceInOneFacetIsRefused() {
        String json = """
                {"format": "chainatlas/layer@1", "id": "x", "rank": 150, "name": {"en": "X"},
                 "facets": [{"id": "f", "name": {"en": "F"}, "categories": [
                   {"id": "a", "name": {"en": "A"}, "children": [{"id": "a", "name": {"en": "A again"}}]}]}]}
                """;
        FormatException e = assertThrows(FormatException.class, () -> LayerReader.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("$.facets[0].categories: category id 'a' is used twice", e.problems().get(0).path() + ": " + e.problems().get(0).message());
        assertEquals(2, e.problems().get(0).line(), "the categories array starts on line 2");
    }
}
