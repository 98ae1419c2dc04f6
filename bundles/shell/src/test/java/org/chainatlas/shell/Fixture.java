package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.PendingEntry;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.Check;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.Statistics.PlaceStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/** A small atlas in the seed's shape: a base and a service layer, a few entries, places and figures. */
final class Fixture {

    static final String DATASET = "yrd-2022";

    static final Source SEED = new Source("seed", Text.of("产业区块链生态架构图", "Industrial blockchain ecosystem map"),
            "2022-10-29", null, "https://example.org/seed");

    static final Category OPEN = new Category("open-source", Text.of("开源底层平台", "open-source platforms"));
    static final Category CLOSED = new Category("closed-source", Text.of("暂时未开源", "not yet open source"));
    static final Category ASSOCIATIONS = new Category("associations", Text.of("行业协会", "industry associations"));
    static final Category PARKS = new Category("parks", Text.of("产业园", "industrial parks"));

    static final Layer BASE = new Layer("base", 100, Text.of("底层", "base layer"), Text.of("基础层", "foundation"),
            null, List.of(new Facet("openness", Text.of("开放性", "openness"), false, List.of(OPEN, CLOSED))));
    static final Layer SERVICE = new Layer("service", 400, Text.of("服务层", "service layer"),
            Text.of("延展层", "extension"), null,
            List.of(new Facet("aspect", Text.of("服务方面", "aspect"), true, List.of(ASSOCIATIONS, PARKS))));

    static final Place YRD = new Place("yrd", Text.of("长三角", "Yangtze River Delta"), null, null, "region");
    static final Place SHANGHAI = new Place("shanghai", Text.of("上海市", "Shanghai"), "310000", "yrd", "province");
    static final Place ZHEJIANG = new Place("zhejiang", Text.of("浙江省", "Zhejiang"), "330000", "yrd", "province");
    static final Place JIANGSU = new Place("jiangsu", Text.of("江苏省", "Jiangsu"), "320000", "yrd", "province");
    static final Place JINGAN = new Place("jingan", Text.of("静安区", "Jing'an District"), "310106", "shanghai", "district");

    static final Entry HYPERLEDGER = entry("hyperledger", "base", Text.of("超级账本", "Hyperledger"),
            Map.of("openness", List.of("open-source")), null, List.of());
    static final Entry FISCO = entry("fisco-bcos", "base", Text.of("FISCOBCOS", "FISCO BCOS"),
            Map.of("openness", List.of("open-source")), Text.of("微众银行", "WeBank"), List.of());
    static final Entry ANT = entry("ant-chain", "base", Text.of("蚂蚁链", "Ant Chain"),
            Map.of("openness", List.of("closed-source")), Text.of("蚂蚁集团", "Ant Group"), List.of("zhejiang"));
    static final Entry CFLP = entry("cflp-blockchain", "service", Text.of("中国物流与采购联合会区块链应用分会",
                    "CFLP Blockchain Application Branch"),
            Map.of("aspect", List.of("associations", "parks")), null, List.of("jingan", "shanghai"));

    private Fixture() {
    }

    static Entry entry(String id, String layer, Text name, Map<String, List<String>> categories, Text organisation,
                       List<String> places) {
        return new Entry(DATASET, id, layer, name, categories, organisation, null, places, List.of(),
                null, new Provenance(SEED, Text.of("见第二节", "see section 2")));
    }

    static FakeSnapshot snapshot() {
        return snapshot(List.of());
    }

    /** The fixture atlas with {@code more} entries added after the fixture's own. */
    static FakeSnapshot snapshot(List<Entry> more) {
        List<Entry> entries = new ArrayList<>(List.of(HYPERLEDGER, FISCO, ANT, CFLP));
        entries.addAll(more);
        return new FakeSnapshot(List.of(BASE, SERVICE), entries,
                List.of(YRD, SHANGHAI, ZHEJIANG, JIANGSU, JINGAN),
                List.of(new DatasetStatus(DATASET, "1.0.0", Text.of("长三角产业区块链生态 2022", "YRD 2022"), "yrd",
                        "org.chainatlas.dataset.yrd-2022", 5, 1, List.of("layer 'middle' is not installed"))),
                List.of(new LoadProblem("org.example.broken", "data/broken.json", "line 3: 'id' must be a string")),
                List.of(new PendingEntry(entry("some-baas", "middle", Text.of("某BaaS", "some BaaS"), Map.of(), null,
                        List.of()), "layer 'middle' is not installed")),
                statistics());
    }

    static Statistics statistics() {
        LayerStats base = new LayerStats(BASE, 12L, null, 3, List.of(
                new CategoryStats("openness", OPEN, 0, null, 2, null, null, List.of(), List.of()),
                new CategoryStats("openness", CLOSED, 0, null, 1, null, null, List.of(), List.of())),
                List.of());
        LayerStats service = new LayerStats(SERVICE, null, 28L, 1, List.of(
                new CategoryStats("aspect", ASSOCIATIONS, 0, 12L, 1, 50.0, 42.857142857142854, List.of(),
                        List.of(new Check(false, Text.of("报告占比 50% 与计算占比 42.9% 不符",
                                "printed share 50% differs from computed 42.9%")))),
                new CategoryStats("aspect", PARKS, 0, 16L, 0, null, 57.142857142857146, List.of(
                        new PlaceStats(ZHEJIANG, 9, 0), new PlaceStats(SHANGHAI, 4, 0), new PlaceStats(JIANGSU, 3, 0)),
                        List.of(new Check(true, Text.of("各地区合计 16", "places add up to 16"))))),
                List.of(new Check(true, Text.of("各方面合计 28", "aspects add up to 28"))));
        return new Statistics(4, 1, List.of(base, service));
    }
}
