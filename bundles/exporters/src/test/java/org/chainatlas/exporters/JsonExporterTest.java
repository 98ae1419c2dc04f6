package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.DatasetWriter;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    /** The registry's writer, as its DatasetFiles service uses it; the rest is not needed here. */
    private static final class WriterOnly implements DatasetFiles {
        @Override
        public byte[] write(DatasetDocument document) {
            return DatasetWriter.write(document);
        }

        @Override
        public Validation validate(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Validation validate(String name, byte[] json) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] pack(String name, byte[] json) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.chainatlas.api.DatasetDiff diff(String nameA, DatasetDocument a, String nameB, DatasetDocument b) {
            throw new UnsupportedOperationException();
        }
    }

    private final JsonExporter exporter = new JsonExporter(new WriterOnly());

    @Test
    void theSeedExportIsTheSeedFileAgain() throws Exception {
        JsonElement exported = JsonParser.parseString(SeedAtlas.export(exporter, SeedAtlas.seed(), Lang.EN));
        JsonElement seed = withoutNulls(JsonParser.parseString(Files.readString(SeedAtlas.DATASET)));
        assertEquals(seed, exported);
    }

    @Test
    void theExportReadsBackAsTheSameDocument() throws Exception {
        byte[] exported = SeedAtlas.exportBytes(exporter, SeedAtlas.seed(), Lang.ZH);
        assertEquals(SeedAtlas.document(), DatasetReader.read(exported));
    }

    @Test
    void linksAndNotesReadBackExactly() throws Exception {
        DatasetDocument document = SeedAtlas.withEntries(SeedAtlas.linked("fictional-linked", "虚构链接测试", "Fictional link test",
                List.of(SeedAtlas.HOMEPAGE, SeedAtlas.DOCS, SeedAtlas.SAFE_SECOND), SeedAtlas.NOTE));
        DatasetDocument read = DatasetReader.read(SeedAtlas.exportBytes(exporter, SeedAtlas.assemble(List.of(document)), Lang.EN));
        assertEquals(document, read);
        Entry entry = read.entries().stream().filter(e -> e.id().equals("fictional-linked")).findFirst().orElseThrow();
        assertEquals(List.of(SeedAtlas.HOMEPAGE, SeedAtlas.DOCS, SeedAtlas.SAFE_SECOND), entry.links());
        assertEquals(SeedAtlas.NOTE, entry.note());
    }

    @Test
    void oneLayerExportsThatLayersEntriesAndFigures() throws Exception {
        DatasetDocument base = DatasetReader.read(SeedAtlas.exportBytes(exporter, SeedAtlas.seed().onlyLayer("base"), Lang.EN));
        assertEquals(7, base.entries().size());
        assertEquals(List.of("base-total"), base.figures().stream().map(f -> f.id()).toList());
    }

    @Test
    void severalDatasetsAreRefusedNamingThemAndTheWayOut() {
        DatasetDocument seed = SeedAtlas.document();
        DatasetDocument copy = new DatasetDocument(seed.format(), "yrd-copy", seed.version(), seed.title(), seed.region(),
                seed.description(), seed.sources(), seed.places(), List.of(), List.of());
        AtlasSnapshot two = SeedAtlas.assemble(List.of(seed, copy));
        AtlasException e = assertThrows(AtlasException.class, () -> SeedAtlas.export(exporter, two, Lang.EN));
        assertTrue(e.getMessage().startsWith("the JSON export holds one dataset"), e.getMessage());
        assertTrue(e.getMessage().contains("yrd-2022") && e.getMessage().contains("yrd-copy"), e.getMessage());
        assertTrue(e.getMessage().contains("--region"), e.getMessage());
    }

    @Test
    void narrowedToOneRegionTheExportWorks() throws Exception {
        DatasetDocument seed = SeedAtlas.document();
        DatasetDocument copy = new DatasetDocument(seed.format(), "yrd-copy", seed.version(), seed.title(), seed.region(),
                seed.description(), seed.sources(), seed.places(), List.of(), List.of());
        AtlasSnapshot one = SeedAtlas.assemble(List.of(seed, copy)).region("yrd-copy");
        assertEquals("yrd-copy", DatasetReader.read(SeedAtlas.exportBytes(exporter, one, Lang.EN)).id());
    }

    @Test
    void noDatasetIsSaidPlainly() {
        AtlasException e = assertThrows(AtlasException.class,
                () -> SeedAtlas.export(exporter, SeedAtlas.assemble(List.of()), Lang.EN));
        assertEquals("there is no dataset to export as JSON: none is installed in the selection", e.getMessage());
    }

    @Test
    void describesItself() {
        assertEquals("json", exporter.format());
        assertEquals("json", exporter.extension());
        assertTrue(exporter.description().get(Lang.EN).contains("imports again unchanged"));
    }

    /** The seed writes "publisher": null; the writer leaves absent values out, which reads the same. */
    private static JsonElement withoutNulls(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject copy = new JsonObject();
            element.getAsJsonObject().entrySet().stream().filter(e -> !e.getValue().isJsonNull())
                    .forEach(e -> copy.add(e.getKey(), withoutNulls(e.getValue())));
            return copy;
        }
        if (element.isJsonArray()) {
            com.google.gson.JsonArray copy = new com.google.gson.JsonArray();
            element.getAsJsonArray().forEach(e -> copy.add(withoutNulls(e)));
            return copy;
        }
        return element;
    }
}
