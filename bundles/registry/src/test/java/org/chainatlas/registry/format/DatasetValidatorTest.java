package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    private static final String ADD_YOUR_OWN = " (a dataset may add its own under one of them: see \"categories\" in docs/datasets.md)";

    private static List<Layer> layers() throws Exception {
        List<Layer> layers = new ArrayList<>();
        for (String id : SeedFiles.LAYERS) {
            layers.add(LayerReader.read(SeedFiles.layer(id)));
        }
        return layers;
    }

    private static Validation validate(String json) throws Exception {
        return DatasetValidator.validate("demo.json", json.getBytes(StandardCharsets.UTF_8), layers());
    }

    private static String dataset(String places, String entries, String figures) {
        return """
                {"format": "chainatlas/dataset@1", "id": "demo", "version": "1.0",
                 "title": {"en": "Demo"}, "sources": [{"id": "s", "title": {"en": "Source"}}],
                 "places": %s,
                 "entries": %s,
                 "figures": %s}
                """.formatted(places, entries, figures);
    }

    @Test
    void theSeedDatasetValidatesCleanly() throws Exception {
        Validation v = DatasetValidator.validate("dataset.json", SeedFiles.dataset(), layers());
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(List.of(), v.problems());
        assertEquals("chainatlas.dataset.yrd-2022", v.symbolicName());
    }

    /** A file past the size from which the schema check runs beside the reader: the same answers. */
    @Test
    void aLargeFileIsJudgedAsASmallOneIs() throws Exception {
        StringBuilder entries = new StringBuilder("[");
        int count = 0;
        while (entries.length() < Documents.CONCURRENT_FROM_BYTES + 1000) {
            entries.append(count == 0 ? "" : ",\n").append("""
                    {"id": "e%d", "layer": "base", "name": {"zh": "平台%d", "en": "Platform %d"}, \
                    "categories": {"openness": "open-source"}}""".formatted(count, count, count));
            count++;
        }
        String good = dataset("[]", entries + "]", "[]");
        assertTrue(good.length() > Documents.CONCURRENT_FROM_BYTES);
        Validation v = validate(good);
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(count, v.document().entries().size());

        // a schema error (a number for a name), then, alone, a semantic one (an unknown category)
        String wrongType = good.replace("{\"id\": \"e7\", \"layer\": \"base\", \"name\": {\"zh\": \"平台7\"",
                "{\"id\": \"e7\", \"layer\": \"base\", \"name\": {\"zh\": 7");
        assertEquals(List.of("demo.json:11:46: $.entries[7].name.zh: must be a string, not the number 7"),
                validate(wrongType).problems().stream().map(Problem::toString).toList());
        int last = count - 1;
        String unknownCategory = good.substring(0, good.lastIndexOf("open-source")) + "half-open"
                + good.substring(good.lastIndexOf("open-source") + "open-source".length());
        List<Problem> problems = validate(unknownCategory).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4 + last, problems.get(0).line(), "one entry per line from line 4");
        assertEquals("$.entries[" + last + "].categories.openness: facet 'openness' of layer 'base' has no category "
                + "'half-open'; categories: open-source, closed-source" + ADD_YOUR_OWN, problems.get(0).path() + ": " + problems.get(0).message());
    }

    @Test
    void anUnknownCategoryOfAnInstalledLayerIsAnErrorWithFileLineAndColumn() throws Exception {
        Validation v = validate(dataset("[]", """
                [{"id": "a", "layer": "base", "name": {"en": "A"}, "categories": {"openness": "half-open"}}]""", "[]"));
        assertFalse(v.ok());
        assertEquals("demo.json:4:91: $.entries[0].categories.openness: facet 'openness' of layer 'base' has no "
                + "category 'half-open'; categories: open-source, closed-source" + ADD_YOUR_OWN, v.problems().get(0).toString());
    }

    @Test
    void aLayerThatIsNotInstalledOnlyWarns() throws Exception {
        Validation v = validate(dataset("[]", """
                [{"id": "a", "layer": "regulation", "name": {"en": "A"}}, {"id": "b", "layer": "regulation", "name": {"en": "B"}}]""", "[]"));
        assertTrue(v.ok());
        assertEquals(1, v.warnings(), "said once per layer, not per entry");
        assertTrue(v.problems().get(0).message().startsWith("layer 'regulation' is not installed"));
    }

    @Test
    void placeCodesMustLieWithinTheirParents() throws Exception {
        Validation v = validate(dataset("""
                [{"id": "320000", "code": "320000", "name": {"zh": "江苏省"}},
                 {"id": "310106", "code": "310106", "name": {"zh": "静安区"}, "parent": "320000"}]""", "[]", "[]"));
        assertEquals("$.places[1].code", v.problems().get(0).path());
        assertEquals("code 310106 of '310106' does not lie within its parent '320000' (320000)", v.problems().get(0).message());
    }

    @Test
    void figuresThatExceedTheirWholeOrContradictTheirSharesAreErrors() throws Exception {
        Validation v = validate(dataset("[]", "[]", """
                [{"id": "t", "layer": "middle", "value": 100},
                 {"id": "a", "layer": "middle", "facet": "function", "category": "solution", "value": 90, "share": 50},
                 {"id": "b", "layer": "middle", "facet": "function", "category": "baas", "value": 20, "share": 20.5}]"""));
        List<String> messages = v.problems().stream().map(p -> p.severity() + " " + p.message()).toList();
        assertTrue(messages.contains("ERROR the figures of facet 'function' add up to 110, more than the layer total 100 of 't'"), messages.toString());
        assertTrue(messages.contains("ERROR share 50.0% does not match 90/100 = 90.0%"), messages.toString());
        assertTrue(messages.contains("WARNING share 20.5% does not match 20/100 = 20.0% (slightly off)"), messages.toString());
    }

    @Test
    void packedBundlesAreDataOnlyWithNameAndVersionFromTheDataset() throws Exception {
        byte[] json = SeedFiles.dataset();
        Validation v = DatasetValidator.validate("dataset.json", json, layers());
        byte[] jar = DatasetBundles.pack(v.document(), json);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            var main = in.getManifest().getMainAttributes();
            assertEquals("chainatlas.dataset.yrd-2022", main.getValue("Bundle-SymbolicName"));
            assertEquals("1.0.0", main.getValue("Bundle-Version"));
            assertEquals(DatasetBundles.JSON_PATH, main.getValue("ChainAtlas-Dataset"));
            List<String> names = new ArrayList<>();
            for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                names.add(e.getName());
            }
            assertEquals(List.of("OSGI-INF/", "OSGI-INF/chainatlas/", DatasetBundles.JSON_PATH), names);
        }
        assertEquals("1.2.0.beta", DatasetBundles.bundleVersion("1.2-beta"));
        assertEquals("2022.0.0", DatasetBundles.bundleVersion("2022"));
    }

    @Test
    void problemsComeInFileOrder() throws Exception {
        Validation v = validate(dataset("[]", """
                [{"id": "a", "layer": "base", "name": {"en": "A"}, "categories": {"openness": "x"}},
                 {"id": "b", "layer": "base", "name": {"en": "B"}, "categories": {"nope": "y"}}]""", "[]"));
        assertEquals(List.of(4, 5), v.problems().stream().map(Problem::line).toList());
    }
}
