package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Set;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.Test;

/** Each --json contract, read back from the printed text as a script would read it. */
class JsonMapperTest {

    @Test
    void entryHasTheListingKeys() {
        JsonObject fisco = printed(JsonMapper.entry(Fixture.FISCO)).getAsJsonObject();
        assertEquals(Set.of("id", "dataset", "qualifiedId", "layer", "name", "categories", "organisation", "places", "links"),
                fisco.keySet());
        assertEquals("fisco-bcos", fisco.get("id").getAsString());
        assertEquals("yrd-2022", fisco.get("dataset").getAsString());
        assertEquals("yrd-2022/fisco-bcos", fisco.get("qualifiedId").getAsString());
        assertEquals("base", fisco.get("layer").getAsString());
        assertEquals("FISCO BCOS", fisco.getAsJsonObject("name").get("en").getAsString());
        assertEquals("open-source", fisco.getAsJsonObject("categories").get("openness").getAsString());
        assertEquals("微众银行", fisco.getAsJsonObject("organisation").get("zh").getAsString());
        assertEquals(new JsonArray(), fisco.get("places"));
        assertEquals(new JsonArray(), fisco.get("links"));
    }

    @Test
    void anEntrysLinksAreListedInOrder() {
        Entry linked = new Entry("demo", "demo-chain", "base", Text.of(null, "Demo Chain"), null, null, null, null,
                List.of("https://demo.example.org", "https://git.example.org/demo"), null, null);
        assertEquals(List.of("https://demo.example.org", "https://git.example.org/demo"),
                strings(printed(JsonMapper.entry(linked)).getAsJsonObject().getAsJsonArray("links")));
    }

    @Test
    void severalCategoriesInOneFacetBecomeAnArrayAndMissingOrganisationIsLeftOut() {
        JsonObject cflp = printed(JsonMapper.entry(Fixture.CFLP)).getAsJsonObject();
        JsonArray aspects = cflp.getAsJsonObject("categories").getAsJsonArray("aspect");
        assertEquals(List.of("associations", "parks"), strings(aspects));
        assertFalse(cflp.has("organisation"));
        assertEquals(List.of("jingan", "shanghai"), strings(cflp.getAsJsonArray("places")));
    }

    @Test
    void aTextWithOneSideKeepsBothKeys() {
        JsonObject text = printed(JsonMapper.text(Text.of("蚂蚁链", null))).getAsJsonObject();
        assertEquals(Set.of("zh", "en"), text.keySet());
        assertTrue(text.get("en").isJsonNull());
    }

    @Test
    void cardAddsProvenanceAndNote() {
        JsonObject card = printed(JsonMapper.card(Fixture.ANT)).getAsJsonObject();
        assertTrue(card.keySet().containsAll(Set.of("id", "qualifiedId", "categories", "provenance", "note")));
        JsonObject provenance = card.getAsJsonObject("provenance");
        assertEquals(Set.of("source", "note"), provenance.keySet());
        JsonObject source = provenance.getAsJsonObject("source");
        assertEquals(Set.of("id", "title", "date", "url"), source.keySet());
        assertEquals("产业区块链生态架构图", source.getAsJsonObject("title").get("zh").getAsString());
        assertEquals("2022-10-29", source.get("date").getAsString());
        assertEquals("see section 2", provenance.getAsJsonObject("note").get("en").getAsString());
        assertTrue(card.get("note").isJsonNull());
    }

    @Test
    void layersAreBottomFirstWithNullWhereNothingIsReported() {
        JsonArray layers = printed(JsonMapper.layers(List.of(
                new LayerSummary(Fixture.BASE, 3, 12L), new LayerSummary(Fixture.SERVICE, 1, null)))).getAsJsonArray();
        JsonObject base = layers.get(0).getAsJsonObject();
        assertEquals(Set.of("id", "rank", "name", "role", "named", "reported", "facets"), base.keySet());
        assertEquals(100, base.get("rank").getAsInt());
        assertEquals("基础层", base.getAsJsonObject("role").get("zh").getAsString());
        assertEquals(12, base.get("reported").getAsLong());
        JsonObject facet = base.getAsJsonArray("facets").get(0).getAsJsonObject();
        assertEquals("openness", facet.get("id").getAsString());
        assertEquals("closed-source", facet.getAsJsonArray("categories").get(1).getAsJsonObject().get("id").getAsString());
        JsonObject service = layers.get(1).getAsJsonObject();
        assertEquals("service", service.get("id").getAsString());
        assertTrue(service.get("reported").isJsonNull(), "key present, value null");
    }

    @Test
    void statisticsFollowTheContract() {
        JsonObject stats = printed(JsonMapper.statistics(Fixture.statistics())).getAsJsonObject();
        assertEquals(Set.of("named", "pending", "layers"), stats.keySet());
        assertEquals(4, stats.get("named").getAsInt());
        assertEquals(1, stats.get("pending").getAsInt());

        JsonObject base = stats.getAsJsonArray("layers").get(0).getAsJsonObject();
        assertEquals(Set.of("id", "reported", "named", "coverage", "sumOfParts", "checks", "categories"), base.keySet());
        assertEquals(0.25, base.get("coverage").getAsDouble(), 1e-9);
        assertTrue(base.get("sumOfParts").isJsonNull());

        JsonObject service = stats.getAsJsonArray("layers").get(1).getAsJsonObject();
        assertTrue(service.get("reported").isJsonNull());
        assertTrue(service.get("coverage").isJsonNull());
        assertEquals(28, service.get("sumOfParts").getAsLong());
        JsonObject check = service.getAsJsonArray("checks").get(0).getAsJsonObject();
        assertEquals(Set.of("consistent", "message"), check.keySet());
        assertTrue(check.get("consistent").getAsBoolean());

        JsonObject associations = service.getAsJsonArray("categories").get(0).getAsJsonObject();
        assertEquals(Set.of("id", "facet", "depth", "reported", "named", "coverage", "reportedShare", "computedShare",
                "consistent", "checks", "places"), associations.keySet());
        assertEquals("associations", associations.get("id").getAsString());
        assertEquals("aspect", associations.get("facet").getAsString());
        assertEquals(50.0, associations.get("reportedShare").getAsDouble());
        assertFalse(associations.get("consistent").getAsBoolean());

        JsonObject parks = service.getAsJsonArray("categories").get(1).getAsJsonObject();
        assertTrue(parks.get("reportedShare").isJsonNull());
        JsonObject zhejiang = parks.getAsJsonArray("places").get(0).getAsJsonObject();
        assertEquals(Set.of("id", "reported", "named"), zhejiang.keySet());
        assertEquals("zhejiang", zhejiang.get("id").getAsString());
        assertEquals(9, zhejiang.get("reported").getAsLong());

        JsonObject open = base.getAsJsonArray("categories").get(0).getAsJsonObject();
        assertTrue(open.get("reported").isJsonNull());
        assertTrue(open.get("consistent").getAsBoolean());
    }

    @Test
    void datasetsFollowTheContract() {
        JsonObject yrd = printed(JsonMapper.datasets(Fixture.snapshot().datasets())).getAsJsonArray()
                .get(0).getAsJsonObject();
        assertEquals(Set.of("id", "version", "title", "region", "bundle", "entries", "pending", "pendingReasons"),
                yrd.keySet());
        assertEquals("1.0.0", yrd.get("version").getAsString());
        assertEquals("YRD 2022", yrd.getAsJsonObject("title").get("en").getAsString());
        assertEquals(5, yrd.get("entries").getAsInt());
        assertEquals(List.of("layer 'middle' is not installed"), strings(yrd.getAsJsonArray("pendingReasons")));
    }

    @Test
    void placesFollowTheContract() {
        FakeSnapshot snapshot = Fixture.snapshot();
        JsonArray places = printed(JsonMapper.places(PlaceTree.rows(snapshot.places(), snapshot.entries())))
                .getAsJsonArray();
        JsonObject yrd = places.get(0).getAsJsonObject();
        assertEquals(Set.of("id", "code", "name", "parent", "level", "entries"), yrd.keySet());
        assertTrue(yrd.get("code").isJsonNull());
        assertTrue(yrd.get("parent").isJsonNull());
        JsonObject jingan = places.get(2).getAsJsonObject();
        assertEquals("jingan", jingan.get("id").getAsString());
        assertEquals("310106", jingan.get("code").getAsString());
        assertEquals("shanghai", jingan.get("parent").getAsString());
        assertEquals("district", jingan.get("level").getAsString());
    }

    @Test
    void printsChineseAsIsNotEscaped() {
        String json = JsonMapper.toJson(JsonMapper.entry(Fixture.ANT));
        assertTrue(json.contains("\"蚂蚁链\""), json);
    }

    private static JsonElement printed(JsonElement json) {
        return JsonParser.parseString(JsonMapper.toJson(json));
    }

    private static List<String> strings(JsonArray array) {
        return array.asList().stream().map(JsonElement::getAsString).toList();
    }
}
