package org.chainatlas.exporters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.assembly.AtlasAssembler;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;
import org.chainatlas.registry.format.DatasetReader;
import org.chainatlas.registry.format.LayerReader;

/**
 * Real snapshots from the real seed files of the sibling layer and dataset bundles, assembled by
 * the registry's own assembler: what a user's export starts from.
 */
final class SeedAtlas {

    static final List<String> LAYERS = List.of("base", "middle", "application", "service");
    static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
    static final Path DATASET = BUNDLES.resolve("dataset-yrd-2022/src/main/resources/OSGI-INF/chainatlas/dataset.json");

    /** Names a dataset file may hold that must never run as code or a formula anywhere. */
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SVG_ONLOAD = "\"><svg onload=alert(1)>";
    static final String TEXTAREA = "</textarea>";
    static final String FORMULA = "=HYPERLINK(\"x\")";

    private SeedAtlas() {
    }

    /** The seed map: four layers, the YRD 2022 dataset, 35 named entries. */
    static AtlasSnapshot seed() {
        return assemble(List.of(document()));
    }

    /** The seed map plus four media outlets with hostile names. */
    static AtlasSnapshot hostile() {
        DatasetDocument seed = document();
        Entry model = seed.entries().stream().filter(e -> e.id().equals("xinhuanet")).findFirst().orElseThrow();
        List<Entry> entries = new ArrayList<>(seed.entries());
        entries.add(named(model, "hostile-script", SCRIPT));
        entries.add(named(model, "hostile-svg", SVG_ONLOAD));
        entries.add(named(model, "hostile-textarea", TEXTAREA));
        entries.add(named(model, "hostile-formula", FORMULA));
        return assemble(List.of(new DatasetDocument(seed.format(), seed.id(), seed.version(), seed.title(), seed.region(),
                seed.description(), seed.sources(), seed.places(), entries, seed.figures())));
    }

    static DatasetDocument document() {
        try {
            return DatasetReader.read(Files.readAllBytes(DATASET));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the seed dataset " + DATASET, e);
        }
    }

    static AtlasSnapshot assemble(List<DatasetDocument> documents) {
        List<OfLayer> layers = new ArrayList<>();
        long serviceId = 1;
        for (String id : LAYERS) {
            layers.add(new OfLayer(layer(id), "org.chainatlas.layer-" + id, serviceId++));
        }
        List<OfDataset> datasets = new ArrayList<>();
        for (DatasetDocument document : documents) {
            datasets.add(new OfDataset(document, "org.chainatlas.dataset-" + document.id(), 100 + serviceId++));
        }
        return AtlasAssembler.assemble(1, layers, datasets, List.of());
    }

    private static org.chainatlas.api.model.Layer layer(String id) {
        Path file = BUNDLES.resolve("layer-" + id + "/src/main/resources/OSGI-INF/chainatlas/layer.json");
        try {
            return LayerReader.read(Files.readAllBytes(file));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the layer " + file, e);
        }
    }

    /** A copy of {@code model} with another id and the same hostile name in both languages, and as organisation. */
    private static Entry named(Entry model, String id, String name) {
        return new Entry(model.dataset(), id, model.layer(), Text.of(name, name), Map.of("aspect", List.of("media")),
                Text.of(name, name), null, List.of(), List.of(), null, model.provenance());
    }

    static byte[] exportBytes(Exporter exporter, AtlasSnapshot atlas, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(atlas, lang, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String export(Exporter exporter, AtlasSnapshot atlas, Lang lang) {
        return new String(exportBytes(exporter, atlas, lang), StandardCharsets.UTF_8);
    }
}
