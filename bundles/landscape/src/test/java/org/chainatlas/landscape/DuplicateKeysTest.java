package org.chainatlas.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chainatlas.api.AtlasException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key given twice in a landscape or a mapping is refused where the second one stands, and nothing is written. */
class DuplicateKeysTest {

    @TempDir
    Path folder;

    private String refusal(String yaml, String mapping) throws Exception {
        ImportRun run = new ImportRun(folder);
        run.option("--mapping", run.file("map.json", mapping)).option("--out", run.path("out.json"));
        String yml = run.file("landscape.yml", yaml);
        AtlasException e = assertThrows(AtlasException.class, () -> run.run(yml));
        assertFalse(Files.exists(folder.resolve("out.json")), "nothing written");
        return e.getMessage().replace(folder.toString(), "DIR");
    }

    @Test
    void aLandscapeKeyTwiceIsRefusedAtTheSecond() throws Exception {
        String twice = ImportCommandTest.LANDSCAPE2.replace("""
                          - name: Beta
                            homepage_url: https://beta.example.org
                """, """
                          - name: Beta
                            homepage_url: https://beta.example.org
                            homepage_url: https://other.example.org
                """);
        assertEquals("DIR/landscape.yml:14:13: duplicate key 'homepage_url'; each key may appear once in a mapping",
                refusal(twice, ImportCommandTest.MAPPING));
        // quoting a key does not make it another
        String quoted = ImportCommandTest.LANDSCAPE2.replace("  - name: Services\n", "  - name: Services\n    \"name\": Media\n");
        assertEquals("DIR/landscape.yml:16:5: duplicate key 'name'; each key may appear once in a mapping",
                refusal(quoted, ImportCommandTest.MAPPING));
    }

    /** An alias may hold the very list it stands in: the check visits each node once, and ends. */
    @Test
    void anAliasThatHoldsItselfIsCheckedOnce() throws Exception {
        String yaml = "landscape: &loop\n  - category:\n    name: Loop\n    name: Again\n    subcategories: *loop\n";
        assertEquals("DIR/landscape.yml:4:5: duplicate key 'name'; each key may appear once in a mapping",
                refusal(yaml, ImportCommandTest.MAPPING));
    }

    @Test
    void aSubcategoryMappedTwiceIsRefusedAtTheSecond() throws Exception {
        String mapping = """
                {"format": "chainatlas/landscape-mapping@1", "subcategories": {
                  "Platforms / Open chains": {"layer": "base", "categories": {"openness": "open-source"}},
                  "Services / Media": {"layer": "service", "categories": {"aspect": "media"}},
                  "Platforms / Open chains": {"layer": "base", "categories": {"openness": "closed-source"}}}}
                """;
        assertEquals("DIR/map.json:4:3: $.subcategories: duplicate key \"Platforms / Open chains\"; each key may appear once"
                + " in an object", refusal(ImportCommandTest.LANDSCAPE2, mapping));
        String spacedOtherwise = mapping.replace("  \"Platforms / Open chains\": {\"layer\": \"base\", \"categories\": {\"openness\": \"closed",
                "  \"Platforms /  Open chains\": {\"layer\": \"base\", \"categories\": {\"openness\": \"closed");
        assertEquals("DIR/map.json: \"Platforms / Open chains\" and \"Platforms /  Open chains\" in \"subcategories\" are the same"
                + " subcategory, \"Platforms / Open chains\"; map it once", refusal(ImportCommandTest.LANDSCAPE2, spacedOtherwise));
    }
}
