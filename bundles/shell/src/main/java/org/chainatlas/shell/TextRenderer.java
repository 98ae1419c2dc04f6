package org.chainatlas.shell;

import org.chainatlas.api.model.Numbers;
import static org.chainatlas.shell.Table.Column.id;
import static org.chainatlas.shell.Table.Column.left;
import static org.chainatlas.shell.Table.Column.right;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Text;

/**
 * The text people read for atlas:layers, list, search, show, datasets and places, in one
 * language. Ids are shown in brackets next to names where a user needs them to type a filter.
 */
final class TextRenderer {

    /** Long organisation and category lists would push the places column off the screen. */
    private static final int LONG_CELL = 40;

    private final Lang lang;
    private final Lookup lookup;
    /** The terminal's width that tables are fitted to; 0: as wide as they are (scripts, --wide). */
    private final int width;

    TextRenderer(Lang lang, Lookup lookup) {
        this(lang, lookup, 0);
    }

    TextRenderer(Lang lang, Lookup lookup, int width) {
        this.lang = lang;
        this.lookup = lookup;
        this.width = width;
    }

    List<String> layers(List<LayerSummary> layers) {
        Table table = Table.of(right(t(Labels.RANK)), id(t(Labels.ID)), left(t(Labels.NAME)),
                left(t(Labels.ROLE)), right(t(Labels.NAMED)), right(t(Labels.REPORTED)));
        List<String> notes = new ArrayList<>();
        for (LayerSummary s : layers) {
            table.row(String.valueOf(s.layer().rank()), s.layer().id(), Cells.both(s.layer().name(), lang),
                    name(s.layer().role()), String.valueOf(s.named()), Numbers.count(s.reported()));
            // Several regions: each one's own figures under its layer, so no figure is read against another region's entries.
            for (Statistics.RegionFigures region : s.regions()) {
                table.row("", "", "  · " + name(region.name()) + " [" + region.region() + "]", "",
                        String.valueOf(region.named()), Numbers.count(region.reported()));
            }
            if (s.unreported() != null) {
                notes.add(s.layer().id() + ": " + s.unreported().get(lang));
            }
        }
        List<String> lines = new ArrayList<>(table.render(width));
        lines.addAll(notes);
        return lines;
    }

    /** The entries table followed by their count. */
    List<String> entries(List<Entry> entries) {
        Table table = Table.of(id(t(Labels.ID)), left(t(Labels.NAME)), left(t(Labels.LAYER)),
                left(t(Labels.CATEGORIES), LONG_CELL), left(t(Labels.ORGANISATION), LONG_CELL),
                left(t(Labels.PLACES)));
        entries.forEach(e -> table.row(lookup.displayId(e), name(e.name()), name(lookup.layerName(e.layer())),
                Cells.join(categoryNames(e), lang), name(e.organisation()), Cells.join(placeNames(e), lang)));
        List<String> lines = new ArrayList<>(table.render(width));
        lines.add(count(entries.size()));
        return lines;
    }

    /** The first entries of a search or listing, and when there are more, how to see them all or fewer. */
    List<String> entries(SearchPage page, String allCommand, Text narrower) {
        List<String> lines = new ArrayList<>(entries(page.entries()));
        if (page.more()) {
            lines.add(lang == Lang.ZH
                    ? "只显示前 " + page.entries().size() + " 条，还有更多；全部显示：" + allCommand + "，" + narrower.zh()
                    : "only the first " + page.entries().size() + " are shown and there are more; to see all: "
                    + allCommand + ", " + narrower.en());
        }
        return lines;
    }

    String count(int entries) {
        if (lang == Lang.ZH) {
            return "共 " + entries + " 条";
        }
        return entries == 1 ? "1 entry" : entries + " entries";
    }

    /** One entry as label/value lines; lines without a value are left out. */
    List<String> card(Entry entry) {
        Table card = Table.headless(left(""), left(""));
        card.row(t(Labels.ID), entry.qualifiedId());
        row(card, Labels.NAME_ZH, entry.name().zh());
        row(card, Labels.NAME_EN, entry.name().en());
        row(card, Labels.LAYER, withId(lookup.layerName(entry.layer()), entry.layer()));
        entry.categories().forEach((facet, ids) -> card.row(name(lookup.facetName(entry.layer(), facet)),
                Cells.join(ids.stream().map(id -> withId(lookup.categoryName(entry.layer(), facet, id),
                        facet + ":" + id)).collect(Collectors.toList()), lang)));
        row(card, Labels.ORGANISATION, entry.organisation() == null ? null : Cells.both(entry.organisation(), lang));
        row(card, Labels.ORGANISATION_KEY, entry.organisationKey());
        row(card, Labels.PLACES, entry.places().isEmpty() ? null : Cells.join(placesWithCodes(entry), lang));
        row(card, Labels.LINKS, entry.links().isEmpty() ? null : String.join(" ", entry.links()));
        row(card, Labels.NOTE, entry.note() == null ? null : name(entry.note()));
        provenance(card, entry.provenance());
        return card.render();
    }

    /** The datasets, each followed by why some of its entries wait, then any load problems. */
    List<String> datasets(List<DatasetStatus> datasets, List<LoadProblem> problems) {
        List<String> lines = new ArrayList<>();
        if (datasets.isEmpty()) {
            lines.add(t(Labels.NO_DATASETS));
        } else {
            Table table = Table.of(id(t(Labels.ID)), id(t(Labels.VERSION)), left(t(Labels.TITLE)),
                    left(t(Labels.REGION)), left(t(Labels.BUNDLE)), right(t(Labels.ENTRIES)),
                    right(t(Labels.PENDING)));
            datasets.forEach(d -> {
                table.row(d.id(), d.version(), name(d.title()), d.region() == null ? "" : name(lookup.placeName(d.region())),
                        d.bundle(), String.valueOf(d.entries()), String.valueOf(d.pending()));
                d.pendingWhy().forEach(reason -> table.note("    - " + reason.get(lang)));
            });
            lines.addAll(table.render(width));
        }
        if (!problems.isEmpty()) {
            Table table = Table.of(left(t(Labels.BUNDLE)), left(t(Labels.RESOURCE)), left(t(Labels.PROBLEM)));
            problems.forEach(p -> table.row(p.bundle(), p.resource(), p.message()));
            lines.add("");
            lines.add(t(Labels.LOAD_PROBLEMS));
            lines.addAll(table.render(width));
        }
        return lines;
    }

    /** The place tree, children indented under their parent. */
    List<String> places(List<PlaceTree.Row> rows) {
        Table table = Table.of(id(t(Labels.ID)), id(t(Labels.CODE)), left(t(Labels.NAME)),
                left(t(Labels.LEVEL)), right(t(Labels.ENTRIES)));
        rows.forEach(r -> table.row("  ".repeat(r.depth()) + r.place().id(), r.place().code(),
                name(r.place().name()), Labels.level(r.place().level(), lang), String.valueOf(r.entries())));
        return table.render(width);
    }

    private void provenance(Table card, Provenance provenance) {
        if (provenance == null) {
            return;
        }
        row(card, Labels.SOURCE, name(provenance.source().title()));
        row(card, Labels.SOURCE_DATE, provenance.source().date());
        row(card, Labels.SOURCE_URL, provenance.source().url());
        row(card, Labels.SOURCE_NOTE, provenance.note() == null ? null : name(provenance.note()));
    }

    private void row(Table card, Text label, String value) {
        if (value != null && !value.isBlank()) {
            card.row(t(label), value);
        }
    }

    private List<String> categoryNames(Entry entry) {
        List<String> names = new ArrayList<>();
        entry.categories().forEach((facet, ids) ->
                ids.forEach(id -> names.add(name(lookup.categoryName(entry.layer(), facet, id)))));
        return names;
    }

    private List<String> placeNames(Entry entry) {
        return entry.places().stream().map(id -> name(lookup.placeName(id))).collect(Collectors.toList());
    }

    /** "静安区 310106": the name and, where it has one, the GB/T 2260 code. */
    private List<String> placesWithCodes(Entry entry) {
        return entry.places().stream()
                .map(id -> lookup.place(id).map(this::nameAndCode).orElse(id))
                .collect(Collectors.toList());
    }

    private String nameAndCode(Place place) {
        return place.code() == null ? name(place.name()) : name(place.name()) + " " + place.code();
    }

    private String withId(Text name, String id) {
        return name(name) + " [" + id + "]";
    }

    private String name(Text text) {
        return Cells.name(text, lang);
    }

    private String t(Text label) {
        return label.get(lang);
    }
}
