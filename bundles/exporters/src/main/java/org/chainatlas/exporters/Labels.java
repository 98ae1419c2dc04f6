package org.chainatlas.exporters;

import org.chainatlas.api.model.Text;

/** The exporters' own words, in both languages, so every format says the same thing the same way. */
final class Labels {

    static final Text ID = Text.of("编号", "id");
    static final Text DATASET = Text.of("数据集", "dataset");
    static final Text LAYER = Text.of("层", "layer");
    static final Text LAYER_NAME = Text.of("层名称", "layer name");
    static final Text NAME_ZH = Text.of("中文名", "name (zh)");
    static final Text NAME_EN = Text.of("英文名", "name (en)");
    static final Text ORGANISATION = Text.of("机构", "organisation");
    static final Text ORGANISATION_ZH = Text.of("机构（中文）", "organisation (zh)");
    static final Text ORGANISATION_EN = Text.of("机构（英文）", "organisation (en)");
    static final Text PLACE = Text.of("地区", "place");
    static final Text PLACES = Text.of("地区", "places");
    static final Text SOURCE = Text.of("来源", "source");
    static final Text SOURCES = Text.of("来源", "Sources");
    static final Text SOURCE_LINE = Text.of("来源", "Source");
    static final Text SOURCE_DATE = Text.of("来源日期", "source date");
    static final Text HOMEPAGE = Text.of("主页", "homepage");
    static final Text LINKS = Text.of("链接", "links");
    static final Text NOTE = Text.of("备注", "note");
    static final Text NOTE_ZH = Text.of("备注（中文）", "note (zh)");
    static final Text NOTE_EN = Text.of("备注（英文）", "note (en)");
    static final Text CATEGORY = Text.of("类别", "category");
    static final Text REPORTED = Text.of("报告数", "reported");
    static final Text NAMED = Text.of("已命名", "named");
    static final Text COVERAGE = Text.of("覆盖率", "coverage");
    static final Text SUM_OF_PARTS = Text.of("分项合计", "sum of parts");
    static final Text REPORTED_SHARE = Text.of("报告占比", "reported share");
    static final Text COMPUTED_SHARE = Text.of("计算占比", "computed share");
    static final Text CHECK = Text.of("校验", "check");
    static final Text ROLE = Text.of("定位", "Role");
    static final Text REPORT = Text.of("生态报告", "ecosystem report");
    static final Text DIAGRAM = Text.of("生态架构图", "Ecosystem architecture");
    static final Text ENTRIES = Text.of("条目", "Entries");
    static final Text STATISTICS = Text.of("统计", "Statistics");
    static final Text BY_PLACE = Text.of("分地区报告数", "Reported by place");
    static final Text NAMED_ENTRIES = Text.of("已命名条目", "Named entries");
    static final Text NONE_NAMED = Text.of("本层没有已命名的条目，来源只给出了数字。",
            "No entry of this layer is named; the source gives figures only.");
    static final Text UNCATEGORISED = org.chainatlas.api.model.Category.UNCLASSIFIED;
    static final Text PENDING = Text.of("待定条目", "Pending entries");
    static final Text LOAD_PROBLEMS = Text.of("加载失败", "Load problems");
    static final Text TOP_FIRST = Text.of("各层自上而下排列，与架构图的读法一致。",
            "Layers run top layer first, as the architecture diagram reads.");
    static final Text LEGEND = Text.of("报告数：来源公布的数字 · 已命名：图中点名的条目 · 覆盖率：已命名 ÷ 报告数",
            "reported: the figure the source gives · named: entries the map names · coverage: named ÷ reported");
    static final Text NO_FIGURES_INVENTED = Text.of("报告数是来源公布的数字；已命名条目只包括来源点名的条目，没有为凑数补造名称。",
            "Reported figures are as the sources publish them; named entries are only those the sources name, none are made up to fill a count.");
    static final Text EXPORTED_BY = Text.of("由 ChainAtlas 导出", "Exported by ChainAtlas");
    static final Text DEFAULT_TITLE = Text.of("产业区块链生态架构图", "Industrial blockchain ecosystem map");
    static final Text SEARCH = Text.of("搜索名称、机构或编号", "Search names, organisations or ids");
    static final Text ANY = Text.of("全部", "all");
    static final Text OPENNESS = Text.of("开源情况", "openness");
    static final Text SHOWN = Text.of("个条目", "entries shown");
    static final Text NO_MATCH = Text.of("没有符合条件的条目。", "No entry matches.");
    static final Text MORE = Text.of("另有 %d 个", "+%d more");
    static final Text TOTAL = Text.of("已命名条目 %d 个，待定 %d 个", "%d named entries, %d pending");

    private Labels() {
    }
}
