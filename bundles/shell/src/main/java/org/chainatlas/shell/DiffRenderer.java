package org.chainatlas.shell;

import static org.chainatlas.shell.Table.Column.left;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetDiff.Changed;
import org.chainatlas.api.DatasetDiff.FieldChange;
import org.chainatlas.api.DatasetDiff.Item;
import org.chainatlas.api.DatasetDiff.Section;
import org.chainatlas.api.DatasetDiff.Side;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Numbers;
import org.chainatlas.api.model.Text;

/**
 * atlas:diff for people: what A and B are, the header fields that differ, then per kind of item
 * (entries, figures, places, …) a title with "+added −removed ~changed" and a table of them, a
 * changed item's fields one per row. Kinds without a change are left out; identical datasets are
 * one line.
 */
final class DiffRenderer {

    /** Long values (notes, links) are cut to this many columns; --json has them whole. */
    static final int VALUE_WIDTH = 40;
    private static final int NAME_WIDTH = 32;

    private static final Text HEADER = Text.of("数据集信息", "Dataset");
    private static final Map<String, Text> SECTIONS = Map.of(
            DatasetDiff.ENTRIES, Text.of("条目", "Entries"),
            DatasetDiff.FIGURES, Text.of("报告数字", "Figures"),
            DatasetDiff.PLACES, Text.of("地区", "Places"),
            DatasetDiff.CATEGORIES, Text.of("新增类别", "Contributed categories"));
    private static final Text FIELD = Text.of("字段", "field");
    /** The first part of a field's path ("name" of "name.zh"). */
    private static final Map<String, Text> FIELDS = Map.ofEntries(
            Map.entry("id", Labels.ID), Map.entry("version", Labels.VERSION), Map.entry("title", Labels.TITLE),
            Map.entry("region", Labels.REGION), Map.entry("name", Labels.NAME), Map.entry("layer", Labels.LAYER),
            Map.entry("categories", Labels.CATEGORIES), Map.entry("category", Labels.CATEGORY),
            Map.entry("organisation", Labels.ORGANISATION), Map.entry("places", Labels.PLACES),
            Map.entry("links", Labels.LINKS), Map.entry("note", Labels.NOTE), Map.entry("source", Labels.SOURCE),
            Map.entry("value", Text.of("数值", "value")), Map.entry("share", Text.of("占比", "share")),
            Map.entry("unit", Text.of("单位", "unit")), Map.entry("place", Text.of("地区", "place")),
            Map.entry("code", Labels.CODE), Map.entry("parent", Text.of("上级", "parent")),
            Map.entry("level", Labels.LEVEL), Map.entry("facet", Text.of("分面", "facet")),
            Map.entry("description", Text.of("说明", "description")));

    private final Lang lang;

    DiffRenderer(Lang lang) {
        this.lang = lang;
    }

    List<String> render(DatasetDiff diff) {
        if (diff.identical()) {
            return List.of(lang == Lang.ZH
                    ? side(diff.a()) + " 与 " + side(diff.b()) + " 内容相同"
                    : side(diff.a()) + " and " + side(diff.b()) + " hold the same data");
        }
        List<String> lines = new ArrayList<>(sides(diff));
        if (!diff.header().isEmpty()) {
            lines.add("");
            lines.add(HEADER.get(lang));
            Table table = Table.of(left(FIELD.get(lang)), left("A", VALUE_WIDTH), left("B", VALUE_WIDTH));
            diff.header().forEach(f -> table.row(field(f.field()), value(f.before()), value(f.after())));
            lines.addAll(table.render());
        }
        for (Section section : diff.sections()) {
            if (!section.isEmpty()) {
                lines.add("");
                lines.addAll(section(section));
            }
        }
        return lines;
    }

    private List<String> sides(DatasetDiff diff) {
        Table table = Table.headless(left(""), left(""), left(""));
        table.row("A", diff.a().source(), diff.a().dataset() + " " + value(diff.a().version()));
        table.row("B", diff.b().source(), diff.b().dataset() + " " + value(diff.b().version()));
        return table.render();
    }

    private List<String> section(Section section) {
        Text title = SECTIONS.getOrDefault(section.kind(), Text.of(section.kind(), section.kind()));
        List<String> lines = new ArrayList<>();
        lines.add(title.get(lang) + (lang == Lang.ZH ? "：" : ": ") + section.counts());
        Table table = Table.of(left("±"), left(Labels.ID.get(lang)), left(Labels.NAME.get(lang), NAME_WIDTH),
                left(FIELD.get(lang)), left("A", VALUE_WIDTH), left("B", VALUE_WIDTH));
        section.added().forEach(item -> table.row("+", item.id(), name(item)));
        section.removed().forEach(item -> table.row("−", item.id(), name(item)));
        for (Changed changed : section.changed()) {
            String sign = "~";
            String id = changed.item().id();
            String name = name(changed.item());
            for (FieldChange f : changed.fields()) {
                table.row(sign, id, name, field(f.field()), value(f.before()), value(f.after()));
                sign = "";
                id = "";
                name = "";
            }
        }
        lines.addAll(table.render());
        return lines;
    }

    /** "name (zh)", "categories: openness", "organisation key": a field's path in words. */
    String field(String path) {
        if (path.equals("organisation.key")) {
            return Labels.ORGANISATION_KEY.get(lang);
        }
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String word = FIELDS.containsKey(head) ? FIELDS.get(head).get(lang) : head;
        if (dot < 0) {
            return word;
        }
        String rest = path.substring(dot + 1);
        return rest.equals("zh") || rest.equals("en") ? word + " (" + rest + ")"
                : word + (lang == Lang.ZH ? "：" : ": ") + rest;
    }

    private String side(Side side) {
        String what = side.dataset() + " " + value(side.version());
        return lang == Lang.ZH ? side.source() + "（数据集 " + what + "）" : side.source() + " (dataset " + what + ")";
    }

    /** In one language: the table is wide already, and atlas:show has both. */
    private String name(Item item) {
        return Cells.name(item.name(), lang);
    }

    private static String value(String value) {
        return value == null ? Numbers.NONE : value;
    }
}
