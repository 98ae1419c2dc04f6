package org.chainatlas.shell;

import org.chainatlas.api.model.Numbers;
import static org.chainatlas.shell.Table.Column.left;
import static org.chainatlas.shell.Table.Column.right;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.chainatlas.shell.Comparison.CategoryRow;
import org.chainatlas.shell.Comparison.Difference;
import org.chainatlas.shell.Comparison.Figures;
import org.chainatlas.shell.Comparison.LayerRow;
import org.chainatlas.shell.Comparison.Side;
import org.chainatlas.shell.OrganisationMatcher.Pair;

/**
 * atlas:compare for people: which datasets each side holds, one table with a row per layer and
 * per top-level category (A, B and B − A), then the organisations found in both.
 */
final class CompareRenderer {

    private static final String INDENT = "  ";

    private final Lang lang;
    private final Lookup lookup;

    CompareRenderer(Lang lang, Lookup lookup) {
        this.lang = lang;
        this.lookup = lookup;
    }

    List<String> render(Comparison comparison) {
        List<String> lines = new ArrayList<>(sides(comparison));
        lines.add("");
        lines.addAll(figures(comparison).render());
        lines.add("");
        lines.addAll(organisations(comparison.organisations()));
        return lines;
    }

    /** "A  yrd  →  yrd-2022  长三角…": what each side stands for. */
    private List<String> sides(Comparison comparison) {
        Table table = Table.headless(left(""), left(""), left(""));
        side(table, "A", comparison.a());
        side(table, "B", comparison.b());
        return table.render();
    }

    private void side(Table table, String label, Side side) {
        String ids = String.join(", ", side.datasetIds());
        String selected = side.region().equals(ids) ? ids : side.region() + " → " + ids;
        table.row(label, selected, Cells.join(side.datasets().stream().map(DatasetStatus::title)
                .map(t -> t.get(lang)).toList(), lang));
    }

    private Table figures(Comparison comparison) {
        Table table = Table.of(left(t(Labels.LAYER_OR_CATEGORY)),
                right(t(Labels.REPORTED)), right(t(Labels.NAMED)), right(t(Labels.COVERAGE)),
                right(t(Labels.REPORTED)), right(t(Labels.NAMED)), right(t(Labels.COVERAGE)),
                right(t(Labels.REPORTED)), right(t(Labels.NAMED)), right(t(Labels.COVERAGE_POINTS)))
                .groups("", "A", "", "", "B", "", "", t(Labels.B_MINUS_A));
        for (LayerRow layer : comparison.layers()) {
            row(table, Cells.both(layer.layer().name(), lang), layer.a(), layer.b(), layer.difference());
            String facet = null;
            for (CategoryRow category : layer.categories()) {
                if (!category.facet().equals(facet)) {
                    facet = category.facet();
                    table.row(INDENT + name(lookup.facetName(layer.layer().id(), facet)));
                }
                row(table, INDENT + INDENT + name(category.category().name()), category.a(), category.b(),
                        category.difference());
            }
        }
        return table;
    }

    private void row(Table table, String name, Figures a, Figures b, Difference difference) {
        table.row(name, whole(a), String.valueOf(a.named()), Numbers.ratio(a.coverage()),
                whole(b), String.valueOf(b.named()), Numbers.ratio(b.coverage()),
                signed(difference.reported()), signed((long) difference.named()), points(difference.coverage()));
    }

    private List<String> organisations(List<Pair> pairs) {
        List<String> lines = new ArrayList<>();
        if (pairs.isEmpty()) {
            lines.add(t(Labels.NO_SHARED_ORGANISATIONS));
            return lines;
        }
        lines.add(lang == Lang.ZH ? "两地都有的机构（" + pairs.size() + "）："
                : "Organisations in both (" + pairs.size() + "):");
        Table table = Table.of(left(t(Labels.NAME)), left("A"), left("B"), left(t(Labels.MATCHED_BY)));
        pairs.forEach(p -> table.row(name(p.a().name()), p.a().qualifiedId(), p.b().qualifiedId(),
                t(p.basis() == OrganisationMatcher.Basis.ORGANISATION_KEY ? Labels.ORGANISATION_KEY : Labels.NAME)));
        lines.addAll(table.render());
        return lines;
    }

    /** A figure, "Σ 70" where only the sum of the parts is known, "—" where neither. */
    static String whole(Figures figures) {
        if (figures.reported() != null) {
            return String.valueOf(figures.reported());
        }
        return figures.sumOfParts() != null ? "Σ " + figures.sumOfParts() : Numbers.NONE;
    }

    private static String signed(Long value) {
        if (value == null) {
            return Numbers.NONE;
        }
        return value > 0 ? "+" + value : String.valueOf(value);
    }

    /** A difference of two ratios in percentage points: "+8.4". */
    private static String points(Double difference) {
        if (difference == null) {
            return Numbers.NONE;
        }
        String points = String.format(Locale.ROOT, "%+.1f", difference * 100);
        return points.substring(1).equals("0.0") ? "0.0" : points;
    }

    private String name(Text text) {
        return Cells.name(text, lang);
    }

    private String t(Text label) {
        return label.get(lang);
    }
}
