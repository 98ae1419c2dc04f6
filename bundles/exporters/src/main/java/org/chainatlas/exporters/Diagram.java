package org.chainatlas.exporters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Statistics.CategoryStats;
import org.chainatlas.api.Statistics.LayerStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;

/**
 * What the architecture diagram shows, in words, before any geometry: one band per layer, top
 * layer first, and in each band one box per top-level category of each facet. Kept apart from
 * {@link SvgDiagram} so the picture's content can be read and tested without coordinates.
 */
record Diagram(String title, String legend, String footer, List<Band> bands) {

    /** One layer: its names in the chosen language order, role, figures and category boxes. */
    record Band(String layer, String name, String otherName, String role, String summary, String tooltip,
                List<Group> groups) {
    }

    /** The boxes of one facet, under the facet's name. */
    record Group(String label, List<Box> boxes) {
    }

    /**
     * One top-level category: its name, "reported N · named M" where the source gives a figure,
     * its child categories, and the entries in it or below it.
     */
    record Box(String name, String figures, List<String> children, List<Label> entries) {
    }

    /**
     * A text on the picture, the full text shown on hover, and the address the text links to
     * (the entry's homepage, as the dataset gives it), or null.
     */
    record Label(String text, String tooltip, String link) {
    }

    static Diagram of(Names names) {
        Lang lang = names.lang();
        Statistics statistics = names.atlas().statistics(null);
        Map<String, LayerStats> stats = new HashMap<>();
        statistics.layers().forEach(s -> stats.put(s.layer().id(), s));
        List<Band> bands = names.topDown().stream().map(layer -> band(layer, stats.get(layer.id()), names)).toList();
        String footer = names.sourceLine() + " · ChainAtlas " + names.datasetLine();
        return new Diagram(names.title(), Labels.LEGEND.get(lang), footer, bands);
    }

    private static Band band(Layer layer, LayerStats stats, Names names) {
        Lang lang = names.lang();
        List<Entry> entries = names.atlas().entries().stream().filter(e -> e.layer().equals(layer.id())).toList();
        Map<String, CategoryStats> byCategory = new HashMap<>();
        if (stats != null) {
            stats.categories().forEach(c -> byCategory.put(c.facet() + "/" + c.category().id(), c));
        }
        List<Group> groups = new ArrayList<>();
        for (Facet facet : layer.facets()) {
            List<Box> boxes = facet.categories().stream()
                    .map(top -> box(facet, top, byCategory, entries, names)).toList();
            groups.add(new Group(names.get(facet.name()), boxes));
        }
        List<Entry> loose = entries.stream().filter(e -> uncategorised(e, layer)).toList();
        if (!loose.isEmpty()) {
            groups.add(new Group("", List.of(new Box(Labels.UNCATEGORISED.get(lang), "", List.of(),
                    loose.stream().map(e -> label(e, names)).toList()))));
        }
        String summary = stats == null ? "" : StatsRows.summary(stats, lang);
        String role = layer.role() == null ? "" : Labels.ROLE.get(lang) + (lang == Lang.ZH ? "：" : ": ") + names.get(layer.role());
        String tooltip = names.both(layer.name()) + (layer.description() == null ? "" : " — " + names.get(layer.description()));
        return new Band(layer.id(), names.get(layer.name()), Formats.other(layer.name(), lang), role, summary, tooltip, groups);
    }

    private static Box box(Facet facet, Category top, Map<String, CategoryStats> stats, List<Entry> entries, Names names) {
        Lang lang = names.lang();
        CategoryStats own = stats.get(facet.id() + "/" + top.id());
        String figures = own == null || own.reported() == null ? ""
                : Labels.REPORTED.get(lang) + " " + own.reported() + " · " + Labels.NAMED.get(lang) + " " + own.named();
        List<String> children = new ArrayList<>(top.children().stream().map(child -> {
            CategoryStats childStats = stats.get(facet.id() + "/" + child.id());
            String name = names.get(child.name());
            return childStats == null || childStats.reported() == null ? name : name + " " + childStats.reported();
        }).toList());
        if (own != null) { // figures the source gives per place, e.g. parks: Zhejiang 9, Shanghai 4, Jiangsu 3
            own.places().forEach(p -> children.add(names.get(p.place().name()) + " " + p.reported()));
        }
        List<Label> inside = entries.stream()
                .filter(e -> e.categories(facet.id()).stream().anyMatch(top::covers))
                .map(e -> label(e, names)).toList();
        return new Box(names.get(top.name()), figures, children, inside);
    }

    /** An entry that no category of its layer holds: it still belongs on the picture. */
    private static boolean uncategorised(Entry entry, Layer layer) {
        return layer.facets().stream().noneMatch(f -> entry.categories(f.id()).stream().anyMatch(c -> f.find(c).isPresent()));
    }

    /** The name in the chosen language; on hover both names, the organisation and the id. */
    private static Label label(Entry entry, Names names) {
        StringBuilder tooltip = new StringBuilder(names.both(entry.name()));
        if (entry.organisation() != null) {
            tooltip.append(" · ").append(names.both(entry.organisation()));
        }
        tooltip.append(" · ").append(entry.qualifiedId());
        return new Label(names.get(entry.name()), tooltip.toString(), Names.homepage(entry));
    }
}
