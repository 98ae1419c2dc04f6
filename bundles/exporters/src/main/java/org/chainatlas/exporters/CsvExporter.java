package org.chainatlas.exporters;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.osgi.service.component.annotations.Component;

/**
 * One row per named entry, for spreadsheets: UTF-8 with a byte-order mark (without one, Excel
 * reads the file as the local code page and garbles Chinese), CRLF line ends and RFC 4180
 * quoting, and cells that would run as formulas defused. One column per facet of every installed
 * layer, so a category never hides in a catch-all column. Links come twice: the homepage (the
 * first link) alone, a cell to click or sort by, and every link, one a line in one cell, since an
 * address may hold commas or semicolons but never a line break.
 */
@Component(service = Exporter.class, property = Exporter.FORMAT + "=" + CsvExporter.FORMAT)
public final class CsvExporter extends TextExporter {

    static final String FORMAT = "csv";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";
    /** Between the links in their cell: spreadsheets show each on a line of its own. */
    private static final String LINK_SEPARATOR = "\n";

    /** One facet column: the facet of one layer. */
    private record FacetColumn(Layer layer, Facet facet, String heading) {
    }

    public CsvExporter() {
        super(FORMAT, Text.of("每个已命名条目一行（含链接与备注），供电子表格使用（UTF-8，带字节顺序标记）",
                "one row per named entry with its links and note, for spreadsheets (UTF-8 with a byte-order mark)"));
    }

    @Override
    String render(Names names) {
        List<FacetColumn> facets = facetColumns(names);
        StringBuilder out = new StringBuilder(BOM);
        row(out, header(facets, names.lang()));
        names.atlas().entries().forEach(entry -> row(out, cells(entry, facets, names)));
        return out.toString();
    }

    /** Facets bottom layer first; a facet name two layers share is told apart by its layer. */
    private static List<FacetColumn> facetColumns(Names names) {
        List<Layer> layers = names.atlas().layers();
        List<String> plain = layers.stream().flatMap(l -> l.facets().stream()).map(f -> names.get(f.name())).toList();
        List<FacetColumn> columns = new ArrayList<>();
        for (Layer layer : layers) {
            for (Facet facet : layer.facets()) {
                String name = names.get(facet.name());
                boolean shared = plain.stream().filter(name::equals).count() > 1;
                columns.add(new FacetColumn(layer, facet, shared ? names.get(layer.name()) + " · " + name : name));
            }
        }
        return columns;
    }

    private static List<String> header(List<FacetColumn> facets, Lang lang) {
        List<String> header = new ArrayList<>(List.of(Labels.ID.get(lang), Labels.DATASET.get(lang),
                Labels.LAYER.get(lang), Labels.LAYER_NAME.get(lang), Labels.NAME_ZH.get(lang), Labels.NAME_EN.get(lang)));
        facets.forEach(f -> header.add(f.heading()));
        header.addAll(List.of(Labels.ORGANISATION_ZH.get(lang), Labels.ORGANISATION_EN.get(lang),
                Labels.PLACES.get(lang), Labels.SOURCE.get(lang), Labels.SOURCE_DATE.get(lang),
                Labels.HOMEPAGE.get(lang), Labels.LINKS.get(lang), Labels.NOTE_ZH.get(lang), Labels.NOTE_EN.get(lang)));
        return header;
    }

    private static List<String> cells(Entry entry, List<FacetColumn> facets, Names names) {
        List<String> cells = new ArrayList<>(List.of(entry.id(), entry.dataset(), entry.layer(),
                names.get(names.layerName(entry.layer())), zh(entry.name()), en(entry.name())));
        for (FacetColumn column : facets) {
            boolean own = column.layer().id().equals(entry.layer());
            cells.add(own ? String.join("; ", names.categoryNames(entry, column.facet().id())) : "");
        }
        Source source = entry.provenance() == null ? null : entry.provenance().source();
        cells.addAll(List.of(zh(entry.organisation()), en(entry.organisation()),
                String.join("; ", names.placeLabels(entry)),
                source == null ? "" : names.get(source.title()),
                source == null ? "" : nullToEmpty(source.date()),
                nullToEmpty(Names.homepage(entry)),
                String.join(LINK_SEPARATOR, entry.links()),
                zh(entry.note()), en(entry.note())));
        return cells;
    }

    private static String zh(Text text) {
        return text == null ? "" : nullToEmpty(text.zh());
    }

    private static String en(Text text) {
        return text == null ? "" : nullToEmpty(text.en());
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(String.join(",", cells.stream().map(Escape::csv).toList())).append(CRLF);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
