package org.chainatlas.shell;

import java.util.List;
import java.util.Map;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * A small, clearly fictional region for comparing with the seed: 示例市 (Exampleton). It shares
 * one organisation with the seed by name (华为区块链引擎, written with a space) and one by
 * organisation key (the seed's BSN, under another name); one entry has a seed organisation's
 * name but a different key, so it is a different organisation. The seed has no organisation keys,
 * so {@link #seedWithKeys()} gives two of its entries fictional ones.
 */
final class Exampleton {

    static final String ID = "exampleton-2030";
    static final String BSN_KEY = "91000000EXAMPLE001";
    static final String CAICT_KEY = "91000000EXAMPLE002";
    static final String OTHER_KEY = "91000000EXAMPLE003";

    private static final Source SOURCE = new Source("fiction", Text.of("示例市产业区块链名录（虚构）",
            "Exampleton industrial blockchain directory (fictional)"), "2030-01-01", null, null);
    private static final Provenance FROM = new Provenance(SOURCE, null);
    private static final Place EXAMPLETON = new Place("exampleton", Text.of("示例市", "Exampleton"), null, null, "city");

    private Exampleton() {
    }

    static DatasetDocument document() {
        return new DatasetDocument(DatasetDocument.FORMAT, ID, "0.1.0",
                Text.of("示例市产业区块链生态（虚构）", "Exampleton industrial blockchain ecosystem (fictional)"),
                "exampleton", null, List.of(SOURCE), List.of(EXAMPLETON),
                List.of(entry("example-ledger", "base", "openness", "open-source", "示例账本", "Example Ledger", null),
                        entry("huawei-engine", "base", "openness", "open-source", "华为 区块链引擎", "Huawei Blockchain Engine", null),
                        entry("exampleton-chain-hub", "service", "aspect", "infrastructure", "示例链网枢纽", "Exampleton Chain Hub", BSN_KEY),
                        entry("namesake-institute", "service", "aspect", "research", "中国信息通信研究院", "Namesake Institute", OTHER_KEY),
                        entry("exampleton-daily", "service", "aspect", "media", "示例日报", "Exampleton Daily", null)),
                List.of(figure("base-total", "base", null, null, 3),
                        figure("service-infrastructure", "service", "aspect", "infrastructure", 1),
                        figure("service-research", "service", "aspect", "research", 5),
                        figure("service-media", "service", "aspect", "media", 2)));
    }

    /** The seed with fictional organisation keys on BSN and CAICT. */
    static DatasetDocument seedWithKeys() {
        DatasetDocument seed = SeedAtlas.seedDocument();
        List<Entry> entries = seed.entries().stream().map(e -> switch (e.id()) {
            case "bsn" -> withKey(e, BSN_KEY);
            case "caict" -> withKey(e, CAICT_KEY);
            default -> e;
        }).toList();
        return new DatasetDocument(seed.format(), seed.id(), seed.version(), seed.title(), seed.region(),
                seed.description(), seed.sources(), seed.places(), entries, seed.figures());
    }

    /** The seed's layers with the keyed seed and Exampleton. */
    static AtlasSnapshot atlas() {
        return SeedAtlas.of(List.of(seedWithKeys(), document()));
    }

    private static Entry withKey(Entry e, String key) {
        return new Entry(e.dataset(), e.id(), e.layer(), e.name(), e.categories(), e.organisation(), key,
                e.places(), e.links(), e.note(), e.provenance());
    }

    private static Entry entry(String id, String layer, String facet, String category, String zh, String en, String key) {
        return new Entry(ID, id, layer, Text.of(zh, en), Map.of(facet, List.of(category)), null, key,
                List.of("exampleton"), List.of(), null, FROM);
    }

    private static Figure figure(String id, String layer, String facet, String category, long value) {
        return new Figure(ID, id, layer, facet, category, null, value, null, Text.of("家", "organisations"), null, FROM);
    }
}
