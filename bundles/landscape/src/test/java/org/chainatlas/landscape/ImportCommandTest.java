package org.chainatlas.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.registry.format.DatasetValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas:import on small landscapes written for the test (fictional, example.org addresses), checked as a user would. */
class ImportCommandTest {

    /** landscapeapp's form: root "landscape:" and the legacy null marker keys beside name. */
    static final String LEGACY = """
            landscape:
              - category:
                name: Platforms
                subcategories:
                  - subcategory:
                    name: Open chains
                    items:
                      - item:
                        name: Alpha Chain
                        homepage_url: https://alpha.example.org
                        repo_url: https://git.example.org/alpha
                        logo: alpha.svg
                        description: A fictional chain.
                        license: MIT
                      - item:
                        name: Beta
                        homepage_url: https://beta.example.org
                        logo: beta.svg
              - category:
                name: Services
                subcategories:
                  - subcategory:
                    name: Media
                    items:
                      - item:
                        name: Gamma News
                        homepage_url: https://gamma.example.org
                        logo: gamma.svg
            """;

    /** landscape2's form: root "categories:", no marker keys. */
    static final String LANDSCAPE2 = """
            categories:
              - name: Platforms
                subcategories:
                  - name: Open chains
                    items:
                      - name: Alpha Chain
                        homepage_url: https://alpha.example.org
                        repo_url: https://git.example.org/alpha
                        logo: alpha.svg
                        description: A fictional chain.
                        license: MIT
                      - name: Beta
                        homepage_url: https://beta.example.org
                        logo: beta.svg
              - name: Services
                subcategories:
                  - name: Media
                    items:
                      - name: Gamma News
                        homepage_url: https://gamma.example.org
                        logo: gamma.svg
            """;

    static final String MAPPING = """
            {"format": "chainatlas/landscape-mapping@1", "subcategories": {
              "Platforms / Open chains": {"layer": "base", "categories": {"openness": "open-source"}},
              "Services / Media": {"layer": "service", "categories": {"aspect": "media"}}}}
            """;

    @TempDir
    Path folder;

    private DatasetDocument imported(String yaml, String mapping) throws Exception {
        ImportRun run = new ImportRun(folder);
        run.option("--mapping", run.file("map.json", mapping)).option("--out", run.path("out.json")).option("--force", "");
        run.run(run.file("landscape.yml", yaml));
        return run.written();
    }

    /** A landscape of one category with one subcategory holding {@code items} ("- item:" blocks). */
    private static String oneSubcategory(String category, String subcategory, String items) {
        return "landscape:\n  - category:\n    name: " + category + "\n    subcategories:\n      - subcategory:\n        name: "
                + subcategory + "\n        items:\n" + items.indent(10);
    }

    private static Entry entry(DatasetDocument document, String id) {
        return document.entries().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id + " in " + document.entries()));
    }

    @Test
    void theLegacyFormBecomesAValidDatasetWithLinksNotesAndCategories() throws Exception {
        ImportRun run = new ImportRun(folder);
        run.option("--mapping", run.file("map.json", MAPPING)).option("--out", run.path("out.json"));
        String printed = run.run(run.file("landscape.yml", LEGACY));
        assertEquals("imported 3 items of " + run.path("landscape.yml") + " as dataset landscape 1.0.0: 3 entries in 2 layers,"
                + " written to " + run.path("out.json") + "; install it with atlas:install " + run.path("out.json"), printed.strip());

        byte[] json = Files.readAllBytes(Path.of(run.path("out.json")));
        assertEquals(List.of(), DatasetValidator.validate("out.json", json, SeedLayers.layers()).problems());
        DatasetDocument document = run.written();
        assertEquals("landscape", document.id());
        assertEquals("global", document.region());
        assertEquals("landscape.yml", document.sources().get(0).title().en(), "the source names the imported file");
        assertEquals(List.of(), document.figures(), "a landscape reports no figures");

        Entry alpha = entry(document, "alpha-chain");
        assertEquals("base", alpha.layer());
        assertEquals(Map.of("openness", List.of("open-source")), alpha.categories());
        assertEquals(List.of("https://alpha.example.org", "https://git.example.org/alpha"), alpha.links());
        assertEquals("Alpha Chain", alpha.name().en());
        assertEquals(null, alpha.name().zh(), "no Chinese name is invented");
        assertEquals("A fictional chain.\n\nListed under: Platforms / Open chains.\nlogo: alpha.svg\nlicense: MIT", alpha.note().en());
        assertEquals("landscape.yml:8:13", alpha.provenance().note().en(), "where the item is, by the file's name alone");
        assertEquals(Map.of("aspect", List.of("media")), entry(document, "gamma-news").categories());
    }

    @Test
    void landscape2sCategoriesRootReadsAsTheLegacyForm() throws Exception {
        List<Entry> legacy = imported(LEGACY, MAPPING).entries();
        List<Entry> modern = imported(LANDSCAPE2, MAPPING).entries();
        assertEquals(legacy.stream().map(Entry::id).toList(), modern.stream().map(Entry::id).toList());
        for (int i = 0; i < legacy.size(); i++) {
            assertEquals(legacy.get(i).links(), modern.get(i).links());
            assertEquals(legacy.get(i).categories(), modern.get(i).categories());
            assertEquals(legacy.get(i).note(), modern.get(i).note());
        }
    }

    @Test
    void anItemWithASecondPathIsOneEntryInBothCategories() throws Exception {
        DatasetDocument document = imported("""
                landscape:
                  - category:
                    name: Apps
                    subcategories:
                      - subcategory:
                        name: Trace
                        items:
                          - item:
                            name: Tracer
                            homepage_url: https://tracer.example.org
                            second_path: ["Apps / Money"]
                      - subcategory:
                        name: Money
                        items: []
                """, """
                {"subcategories": {
                  "Apps / Trace": {"layer": "application", "categories": {"domain": "traceability"}},
                  "Apps / Money": {"layer": "application", "categories": {"domain": "finance", "industry": "finance"}}}}
                """);
        assertEquals(1, document.entries().size());
        Entry tracer = document.entries().get(0);
        assertEquals(Map.of("domain", List.of("traceability", "finance"), "industry", List.of("finance")), tracer.categories());
        assertTrue(tracer.note().en().contains("Listed under: Apps / Trace; Apps / Money."), tracer.note().en());
    }

    @Test
    void extraIsKeptAsLinksAndNoteLines() throws Exception {
        DatasetDocument document = imported(oneSubcategory("Platforms", "Open chains", """
                - item:
                  name: Delta
                  homepage_url: https://delta.example.org
                  additional_repos:
                    - repo_url: https://git.example.org/delta-sdk
                      branch: main
                  extra:
                    accepted: '2022-01-02'
                    blog_url: https://delta.example.org/blog
                    other_links:
                      - name: Docs
                        url: https://docs.delta.example.org
                    annotations:
                      stage: pilot
                """), MAPPING);
        Entry delta = document.entries().get(0);
        assertEquals(List.of("https://delta.example.org", "https://git.example.org/delta-sdk", "https://delta.example.org/blog",
                "https://docs.delta.example.org"), delta.links());
        String note = delta.note().en();
        for (String line : List.of("additional_repos[1].branch: main", "extra.accepted: 2022-01-02",
                "extra.other_links[1].name: Docs", "extra.annotations.stage: pilot")) {
            assertTrue(note.lines().anyMatch(line::equals), line + " missing from: " + note);
        }
    }

    @Test
    void anItemWithNothingButANameStillImports() throws Exception {
        DatasetDocument document = imported(oneSubcategory("Services", "Media", """
                - item:
                  name: Bare
                """), MAPPING);
        Entry bare = entry(document, "bare");
        assertEquals(List.of(), bare.links());
        assertEquals(null, bare.organisation());
        assertEquals("Listed under: Services / Media.", bare.note().en());
    }

    @Test
    void duplicateNamesMergeOnTheSameHomepageAndGetDistinctIdsOtherwise() throws Exception {
        DatasetDocument document = imported("""
                landscape:
                  - category:
                    name: Platforms
                    subcategories:
                      - subcategory:
                        name: Open chains
                        items:
                          - item:
                            name: Echo
                            homepage_url: https://echo.example.org
                          - item:
                            name: Echo
                            homepage_url: https://another-echo.example.com
                  - category:
                    name: Services
                    subcategories:
                      - subcategory:
                        name: Media
                        items:
                          - item:
                            name: Echo
                            homepage_url: https://echo.example.org
                """, MAPPING);
        assertEquals(List.of("echo", "echo-2"), document.entries().stream().map(Entry::id).toList());
        assertEquals(List.of("https://another-echo.example.com"), entry(document, "echo-2").links());
        assertTrue(entry(document, "echo").note().en().contains("Listed under: Platforms / Open chains; Services / Media."));
    }

    @Test
    void unknownKeysAreKeptNotRefused() throws Exception {
        DatasetDocument document = imported(oneSubcategory("Services", "Media", """
                - item:
                  name: Foxtrot
                  stock_ticker: FOXT
                  project_org: fictional-org
                  mastodon_link: https://social.example.org/@foxtrot
                  colour: [red, blue]
                """), MAPPING);
        Entry foxtrot = document.entries().get(0);
        assertEquals(List.of("https://social.example.org/@foxtrot"), foxtrot.links());
        assertTrue(foxtrot.note().en().endsWith("stock_ticker: FOXT\nproject_org: fictional-org\ncolour[1]: red\ncolour[2]: blue"),
                foxtrot.note().en());
    }

    @Test
    void withoutAMappingTheErrorNamesEveryUnmappedSubcategory() throws Exception {
        ImportRun run = new ImportRun(folder);
        String yml = run.file("landscape.yml", LEGACY);
        run.option("--out", run.path("out.json"));
        AtlasException none = assertThrows(AtlasException.class, () -> run.run(yml));
        assertEquals(yml + " needs a mapping of its 2 subcategories to the atlas's layers: \"Platforms / Open chains\", \"Services / Media\";"
                + " atlas:import " + yml + " --write-mapping MAP.json writes a template listing them with the layers' categories"
                + " to choose from, then give --mapping MAP.json", none.getMessage());
        assertFalse(Files.exists(Path.of(run.path("out.json"))), "nothing is written");

        run.option("--mapping", run.file("map.json", """
                {"subcategories": {"Platforms / Open chains": {"layer": "base", "categories": {"openness": "open-source"}}}}
                """));
        AtlasException partial = assertThrows(AtlasException.class, () -> run.run(yml));
        assertTrue(partial.getMessage().startsWith("the mapping sends 1 subcategory of " + yml + " to no layer: \"Services / Media\";"),
                partial.getMessage());
    }

    @Test
    void writeMappingListsEverySubcategoryAndTheChoicesAndFilledInItImports() throws Exception {
        ImportRun template = new ImportRun(folder);
        String yml = template.file("landscape.yml", LEGACY);
        String printed = template.option("--write-mapping", template.path("map.json")).run(yml);
        assertTrue(printed.startsWith("wrote " + template.path("map.json") + ": 2 subcategories, 2 to map;"), printed);

        JsonObject map = JsonParser.parseString(Files.readString(Path.of(template.path("map.json")))).getAsJsonObject();
        JsonObject subcategories = map.getAsJsonObject("subcategories");
        assertEquals(List.of("Platforms / Open chains", "Services / Media"), List.copyOf(subcategories.keySet()));
        assertEquals("", subcategories.getAsJsonObject("Services / Media").get("layer").getAsString());
        assertEquals("[\"open-source\",\"closed-source\"]", map.getAsJsonObject("choices").getAsJsonObject("base").get("openness").toString());
        assertTrue(map.getAsJsonObject("choices").getAsJsonObject("middle").get("function").toString().contains("smart-contract"),
                "child categories are choices too");

        // the user fills in the template and imports with it
        subcategories.getAsJsonObject("Platforms / Open chains").addProperty("layer", "base");
        subcategories.getAsJsonObject("Services / Media").addProperty("layer", "service");
        subcategories.getAsJsonObject("Services / Media").getAsJsonObject("categories").addProperty("aspect", "media");
        Files.writeString(Path.of(template.path("map.json")), map.toString());
        ImportRun run = new ImportRun(folder).option("--mapping", template.path("map.json")).option("--out", template.path("out.json"));
        run.run(yml);
        assertEquals(3, run.written().entries().size());
        assertEquals(Map.of(), entry(run.written(), "alpha-chain").categories(), "a facet left out is no category");
    }

    @Test
    void aYamlSyntaxErrorSaysFileLineAndColumn() throws Exception {
        ImportRun run = new ImportRun(folder);
        String yml = run.file("broken.yml", """
                landscape:
                  - category:
                    name: "Platforms
                    subcategories: []
                """);
        run.option("--out", run.path("out.json"));
        AtlasException e = assertThrows(AtlasException.class, () -> run.run(yml));
        assertTrue(e.getMessage().startsWith(yml + ":5:1: invalid YAML: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one sentence on one line: " + e.getMessage());
    }

    @Test
    void aMisplacedItemSaysWhereAndWhatIsExpected() throws Exception {
        ImportRun run = new ImportRun(folder);
        String yml = run.file("odd.yml", oneSubcategory("Platforms", "Open chains", """
                - just a string
                """));
        run.option("--out", run.path("out.json"));
        AtlasException e = assertThrows(AtlasException.class, () -> run.run(yml));
        assertEquals(yml + ":8:13: expected an item (a mapping of keys to values), found 'just a string'", e.getMessage());
    }

    @Test
    void aFileThatIsNotALandscapeSaysSo() throws Exception {
        ImportRun run = new ImportRun(folder);
        String yml = run.file("compose.yml", "services:\n  web: {}\n");
        run.option("--out", run.path("out.json"));
        AtlasException e = assertThrows(AtlasException.class, () -> run.run(yml));
        assertEquals(yml + ":1:1: no 'landscape:' or 'categories:' at the top, so this is not a landscape file;"
                + " its top-level keys are services", e.getMessage());
    }

    @Test
    void aMappingToACategoryTheLayerLacksNamesTheValidOnes() throws Exception {
        ImportRun run = new ImportRun(folder);
        String map = run.file("map.json", """
                {"subcategories": {"Services / Media": {"layer": "service", "categories": {"aspect": "press"}}}}
                """);
        run.option("--mapping", map).option("--out", run.path("out.json"));
        AtlasException e = assertThrows(AtlasException.class, () -> run.run(run.file("landscape.yml", LEGACY)));
        assertEquals(map + ": \"Services / Media\": facet 'aspect' of layer 'service' has no category 'press';"
                + " categories: infrastructure, association, research, cluster, park, investor, media"
                + " (the mapping may add its own under them in \"categories\")", e.getMessage());
    }

    @Test
    void aMappingMayAddCategoriesUnderTheLayersOwnAndTheDatasetContributesThem() throws Exception {
        ImportRun run = new ImportRun(folder);
        String map = run.file("map.json", """
                {"subcategories": {
                   "Platforms / Open chains": {"layer": "base", "categories": {"openness": "open-source"}},
                   "Services / Media": {"layer": "service", "categories": {"aspect": "newsletters"}}},
                 "categories": [{"layer": "service", "facet": "aspect", "id": "newsletters", "parent": "media",
                                 "name": {"zh": "简报（虚构）", "en": "Newsletters (fictional)"}}]}
                """);
        run.option("--mapping", map).option("--out", run.path("out.json"));
        run.run(run.file("landscape.yml", LEGACY));
        byte[] json = Files.readAllBytes(Path.of(run.path("out.json")));
        assertEquals(List.of(), DatasetValidator.validate("out.json", json, SeedLayers.layers()).problems());
        DatasetDocument document = run.written();
        assertEquals(List.of("newsletters under media"), document.categories().stream()
                .map(c -> c.id() + " under " + c.parent()).toList());
        assertEquals(List.of("newsletters"), document.entries().stream().filter(e -> e.layer().equals("service"))
                .map(e -> e.categories("aspect").get(0)).toList());
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws Exception {
        ImportRun run = new ImportRun(folder);
        String out = run.file("out.json", "mine");
        run.option("--mapping", run.file("map.json", MAPPING)).option("--out", out);
        String yml = run.file("landscape.yml", LEGACY);
        AtlasException e = assertThrows(AtlasException.class, () -> run.run(yml));
        assertEquals(out + " already exists; give --force to replace it", e.getMessage());
        assertEquals("mine", Files.readString(Path.of(out)));
        run.option("--force", "").run(yml);
        assertEquals(3, run.written().entries().size());
    }

    @Test
    void idAndRegionOptionsNameTheDatasetAndItsPlace() throws Exception {
        ImportRun run = new ImportRun(folder);
        run.option("--mapping", run.file("map.json", MAPPING)).option("--out", run.path("out.json"))
                .option("--id", "demo-2024").option("--region", "demo-valley");
        run.run(run.file("My Landscape.yml", LEGACY));
        DatasetDocument document = run.written();
        assertEquals("demo-2024", document.id());
        assertEquals("demo-valley", document.region());
        assertEquals("demo-valley", document.places().get(0).id());

        AtlasException bad = assertThrows(AtlasException.class,
                () -> new ImportRun(folder).option("--out", run.path("x.json")).option("--region", "Demo Valley").run(run.path("My Landscape.yml")));
        assertEquals("--region 'Demo Valley' is not a valid id: use 1-80 lowercase letters, digits and inner '-', '.' or '_', never two dots in a row", bad.getMessage());
    }

    @Test
    void theDatasetIdDefaultsToTheFilesNameAsAnId() {
        assertEquals("my-landscape", ImportCommand.datasetId("", "/some/where/My Landscape.yml"));
        assertEquals("landscape", ImportCommand.datasetId("", "数据.yml"));
    }

    @Test
    void theGuidesExampleImportsAsTheGuideSays() throws Exception {
        ImportRun run = new ImportRun(folder);
        Path yml = SeedLayers.example("example-landscape.yml", folder);
        Path map = SeedLayers.example("example-landscape-mapping.json", folder);
        run.option("--mapping", map.toString()).option("--out", run.path("example-landscape.json"));
        String printed = run.run(yml.toString());
        assertTrue(printed.contains("4 items of " + yml + " as dataset example-landscape 1.0.0: 4 entries in 3 layers"), printed);
        Entry tracewise = entry(run.written(), "tracewise");
        assertEquals(Map.of("domain", List.of("traceability", "finance")), tracewise.categories());
        String guide = Files.readString(SeedLayers.EXAMPLES.resolve("../../docs/datasets.md").normalize());
        assertTrue(guide.contains("imported 4 items of examples/example-landscape.yml as dataset example-landscape 1.0.0: 4 entries in 3 layers"),
                "docs/datasets.md shows what the import prints");
    }
}
