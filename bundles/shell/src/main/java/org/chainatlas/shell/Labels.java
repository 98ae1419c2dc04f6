package org.chainatlas.shell;

import org.chainatlas.api.model.Text;

/** The words of the console's own tables and lines, in both languages. */
final class Labels {

    static final Text ID = Text.of("编号", "id");
    static final Text RANK = Text.of("序位", "rank");
    static final Text NAME = Text.of("名称", "name");
    static final Text NAME_ZH = Text.of("中文名", "name (zh)");
    static final Text NAME_EN = Text.of("英文名", "name (en)");
    static final Text ROLE = Text.of("定位", "role");
    static final Text LAYER = Text.of("层", "layer");
    static final Text CATEGORIES = Text.of("类别", "categories");
    static final Text CATEGORY = Text.of("类别", "category");
    static final Text ORGANISATION = Text.of("机构", "organisation");
    static final Text ORGANISATION_KEY = Text.of("机构代码", "organisation key");
    static final Text PLACES = Text.of("地区", "places");
    static final Text LINKS = Text.of("链接", "links");
    static final Text NOTE = Text.of("备注", "note");
    static final Text SOURCE = Text.of("来源", "source");
    static final Text SOURCE_DATE = Text.of("来源日期", "source date");
    static final Text SOURCE_URL = Text.of("来源网址", "source url");
    static final Text SOURCE_NOTE = Text.of("出处说明", "source note");
    static final Text NAMED = Text.of("已命名", "named");
    static final Text REPORTED = Text.of("报告数", "reported");
    static final Text COVERAGE = Text.of("覆盖率", "coverage");
    static final Text SUM_OF_PARTS = Text.of("分项合计", "sum of parts");
    static final Text REPORTED_SHARE = Text.of("报告占比", "reported share");
    static final Text COMPUTED_SHARE = Text.of("计算占比", "computed share");
    static final Text CHECK = Text.of("校验", "check");
    static final Text VERSION = Text.of("版本", "version");
    static final Text TITLE = Text.of("标题", "title");
    static final Text REGION = Text.of("区域", "region");
    static final Text BUNDLE = Text.of("Bundle", "bundle");
    static final Text ENTRIES = Text.of("条目", "entries");
    static final Text PENDING = Text.of("待定", "pending");
    static final Text LOAD_PROBLEMS = Text.of("加载失败：", "Load problems:");
    static final Text RESOURCE = Text.of("资源", "resource");
    static final Text PROBLEM = Text.of("问题", "problem");
    static final Text CODE = Text.of("GB/T 2260", "GB/T 2260");
    static final Text LEVEL = Text.of("级别", "level");
    static final Text NO_DATASETS = Text.of("尚未安装数据集。", "No dataset is installed.");
    static final Text LAYER_OR_CATEGORY = Text.of("层 / 类别", "layer / category");
    static final Text COVERAGE_POINTS = Text.of("覆盖率(百分点)", "coverage (pp)");
    static final Text B_MINUS_A = Text.of("差额 B - A", "difference B - A");
    static final Text MATCHED_BY = Text.of("匹配依据", "matched by");
    static final Text NO_SHARED_ORGANISATIONS = Text.of("两地没有共同的机构。", "No organisation appears in both.");
    static final Text FORMAT = Text.of("格式", "format");
    static final Text EXTENSION = Text.of("扩展名", "extension");
    static final Text DESCRIPTION = Text.of("说明", "description");
    static final Text NO_EXPORTERS = Text.of("尚未安装导出器。", "No exporter is installed.");

    /** The place levels the dataset schema allows, as each language names them. */
    private static final java.util.Map<String, Text> LEVELS = java.util.Map.of(
            "region", Text.of("区域", "region"), "country", Text.of("国家", "country"),
            "province", Text.of("省级", "province"), "city", Text.of("市级", "city"),
            "district", Text.of("区县级", "district"), "park", Text.of("园区", "park"));

    private Labels() {
    }

    /** A place's level in {@code lang}; a level the schema does not know (or none) as it is. */
    static String level(String level, org.chainatlas.api.model.Lang lang) {
        Text named = level == null ? null : LEVELS.get(level);
        return named == null ? level : named.get(lang);
    }
}
