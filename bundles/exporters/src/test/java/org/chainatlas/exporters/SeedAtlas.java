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

    /*
     * Fictional entries for links and notes (example.org and example.com are reserved for
     * examples): addresses and a note that need escaping in every format, and a javascript:
     * address that no export may make clickable.
     */
    static final String HOMEPAGE = "https://example.org/fictional-chain?a=1&b=2";
    static final String DOCS = "http://example.com/docs,v2|x";
    static final String JAVASCRIPT = "javascript:alert(\"x\")";
    static final String SAFE_SECOND = "https://example.net/";
    static final Text NOTE = Text.of("虚构条目的备注：\"引号\"，逗号, 竖线 | <b>标签</b> & 符号\n第二行",
            "A fictional entry's note: \"quoted\", comma, pipe | <b>tag</b> & ampersand\nsecond line");
    /** A note with a Chinese side only: an English export falls back to it. */
    static final Text NOTE_ZH_ONLY = Text.of("只有中文备注（虚构）", null);

    private SeedAtlas() {
    }

    /** The seed map: four layers, the YRD 2022 dataset, 35 named entries. */
    static AtlasSnapshot seed() {
        return assemble(List.of(document()));
    }

    /** The seed map plus four media outlets with hostile names. */
    static AtlasSnapshot hostile() {
        Entry model = outlet();
        return assemble(List.of(withEntries(named(model, "hostile-script", SCRIPT), named(model, "hostile-svg", SVG_ONLOAD),
                named(model, "hostile-textarea", TEXTAREA), named(model, "hostile-formula", FORMULA))));
    }

    /**
     * The seed map plus two fictional platforms: "fictional-linked" with {@link #HOMEPAGE},
     * {@link #DOCS} and {@link #JAVASCRIPT} and the note {@link #NOTE}; "fictional-unsafe-home",
     * whose first link is {@link #JAVASCRIPT} (so it has no homepage to link to), then
     * {@link #SAFE_SECOND}, and the note {@link #NOTE_ZH_ONLY}.
     */
    static AtlasSnapshot linked() {
        return assemble(List.of(withEntries(
                linked("fictional-linked", "虚构链接测试", "Fictional link test", List.of(HOMEPAGE, DOCS, JAVASCRIPT), NOTE),
                linked("fictional-unsafe-home", "虚构不安全主页", "Fictional unsafe homepage",
                        List.of(JAVASCRIPT, SAFE_SECOND), NOTE_ZH_ONLY))));
    }

    /** A fictional open-source platform (a box with room to show it on the diagram) with the given links and note. */
    static Entry linked(String id, String zh, String en, List<String> links, Text note) {
        Entry model = outlet();
        return new Entry(model.dataset(), id, "base", Text.of(zh, en), Map.of("openness", List.of("open-source")),
                null, null, List.of(), links, note, model.provenance());
    }

    /** The seed dataset with {@code extra} entries after its own. */
    static DatasetDocument withEntries(Entry... extra) {
        DatasetDocument seed = document();
        List<Entry> entries = new ArrayList<>(seed.entries());
        entries.addAll(List.of(extra));
        return new DatasetDocument(seed.format(), seed.id(), seed.version(), seed.title(), seed.region(),
                seed.description(), seed.sources(), seed.places(), entries, seed.figures());
    }

    /** A media outlet of the seed, to copy the layer, dataset and provenance of. */
    private static Entry outlet() {
        return document().entries().stream().filter(e -> e.id().equals("xinhuanet")).findFirst().orElseThrow();
    }

    static DatasetDocument document() {
        try {
            return DatasetReader.read(Files.readAllBytes(DATASET));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the seed dataset " + DATASET, e);
        }
    }

    /**
     * The seed beside a synthetic second region, Test North: 25 open-source base platforms of 30
     * reported, 28 of them open source.
     */
    static AtlasSnapshot twoRegions() {
        org.chainatlas.api.model.Source source = new org.chainatlas.api.model.Source("synthetic",
                Text.of(null, "synthetic test data"), null, null, null);
        org.chainatlas.api.model.Provenance provenance = new org.chainatlas.api.model.Provenance(source, null);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entries.add(new Entry("north", "platform-" + i, "base", Text.of(null, "Platform " + i + " (synthetic)"),
                    Map.of("openness", List.of("open-source")), null, null, List.of(), List.of(), null, provenance));
        }
        List<org.chainatlas.api.model.Figure> figures = List.of(
                new org.chainatlas.api.model.Figure("north", "base-total", "base", null, null, null, 30, null, null, null, provenance),
                new org.chainatlas.api.model.Figure("north", "base-open", "base", "openness", "open-source", null, 28, null,
                        null, null, provenance));
        DatasetDocument north = new DatasetDocument(DatasetDocument.FORMAT, "north", "1.0.0",
                Text.of(null, "Test North blockchain map (synthetic)"), "test-north", null, List.of(source),
                List.of(new org.chainatlas.api.model.Place("test-north", Text.of("北测试区（合成）", "Test North (synthetic)"),
                        null, null, "region")), entries, figures);
        return assemble(List.of(document(), north));
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
