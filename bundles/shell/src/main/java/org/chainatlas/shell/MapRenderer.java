package org.chainatlas.shell;

import org.chainatlas.api.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainatlas.api.Statistics.PlaceStats;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Text;
import org.chainatlas.shell.ArchitectureMap.Band;
import org.chainatlas.shell.ArchitectureMap.Block;
import org.chainatlas.shell.ArchitectureMap.FacetBlock;

/**
 * Draws an {@link ArchitectureMap} for the terminal: one box per layer, top layer first, headed by
 * the layer's names, role and figures; inside, per facet, its top-level categories side by side in
 * as many columns as the width allows (at least {@value #MIN_CELL} columns each), each with its
 * figures and named entries, child categories indented under it. Every line is exactly
 * {@code width} display columns wide, or less for the title and footer; text wraps inside its cell
 * and is never cut.
 */
final class MapRenderer {

    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 400;
    /** The narrowest a category column gets before categories go one under the other. */
    static final int MIN_CELL = 18;

    private static final String BULLET = "· ";
    private static final String INDENT = "  ";
    private static final String CELL_GAP = " │ ";
    private static final Text UNCLASSIFIED = Category.UNCLASSIFIED;
    private static final Text NO_DATASET = Text.of("产业区块链生态架构图（未安装数据集）",
            "Industrial blockchain ecosystem architecture (no dataset installed)");

    private final Lang lang;
    private final int width;
    /** Columns for text between "│ " and " │". */
    private final int inner;

    MapRenderer(Lang lang, int width) {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width " + width + " outside " + MIN_WIDTH + "-" + MAX_WIDTH);
        }
        this.lang = lang;
        this.width = width;
        this.inner = width - 4;
    }

    List<String> render(ArchitectureMap map) {
        List<String> lines = new ArrayList<>();
        title(map).forEach(line -> lines.add(centred(line)));
        map.bands().forEach(band -> lines.addAll(band(band)));
        lines.addAll(Wrap.items("", "", footer(map), " · ", width));
        return lines;
    }

    private List<String> title(ArchitectureMap map) {
        String title = map.datasets().isEmpty() ? NO_DATASET.get(lang)
                : map.datasets().stream().map(d -> d.title().get(lang)).collect(Collectors.joining(" + "));
        return Wrap.lines(title, width);
    }

    private List<String> footer(ArchitectureMap map) {
        int layers = map.bands().size();
        List<String> footer = new ArrayList<>();
        footer.add(lang == Lang.ZH ? layers + " 层" : layers + (layers == 1 ? " layer" : " layers"));
        footer.add(lang == Lang.ZH ? "已命名条目 " + map.named() + " 个"
                : map.named() + (map.named() == 1 ? " named entry" : " named entries"));
        if (map.usesSums()) {
            footer.add(lang == Lang.ZH ? "Σ 为各类别报告数之和" : "Σ: sum of the category figures");
        }
        return footer;
    }

    // --- one band

    private List<String> band(Band band) {
        List<String> lines = new ArrayList<>();
        String title = Cells.both(band.layer().name(), lang)
                + (band.layer().role() == null ? "" : " — " + band.layer().role().get(lang));
        // "┌─ title ─…─┐" where the title fits in the border, else a plain border and the title inside.
        int rest = width - 5 - DisplayWidth.of(title);
        if (rest >= 1) {
            lines.add("┌─ " + title + " " + "─".repeat(rest) + "┐");
        } else {
            lines.add("┌" + "─".repeat(width - 2) + "┐");
            Wrap.lines(title, inner).forEach(line -> lines.add(full(line)));
        }
        Wrap.items("", "", figures(band), " · ", inner).forEach(line -> lines.add(full(line)));
        // Several regions: each one's own figures, and why there is no total where there is none.
        for (Statistics.RegionFigures region : band.regions()) {
            List<String> parts = new ArrayList<>();
            parts.add("· " + region.name().get(lang) + ":");
            if (region.reported() != null) {
                parts.add(t(Labels.REPORTED) + " " + region.reported());
            }
            parts.add(t(Labels.NAMED) + " " + region.named());
            if (region.coverage() != null) {
                parts.add(t(Labels.COVERAGE) + " " + Numbers.ratio(region.coverage()));
            }
            Wrap.items("", "  ", parts, " ", inner).forEach(line -> lines.add(full(line)));
        }
        if (band.unreported() != null) {
            Wrap.lines(band.unreported().get(lang), inner).forEach(line -> lines.add(full(line)));
        }
        Set<Integer> above = Set.of();
        for (FacetBlock facet : band.facets()) {
            lines.add(rule('├', '┤', above, Set.of()));
            Wrap.lines(facet.facet().name().get(lang), inner).forEach(line -> lines.add(full(line)));
            above = grid(facet.categories(), lines);
        }
        if (!band.unclassified().isEmpty()) {
            lines.add(rule('├', '┤', above, Set.of()));
            Block block = new Block(new Category("unclassified", UNCLASSIFIED), 0, null, null,
                    band.unclassified().size(), List.of(), band.unclassified(), List.of());
            above = grid(List.of(block), lines);
        }
        lines.add(rule('└', '┘', above, Set.of()));
        return lines;
    }

    /** "报告数 12 · 已命名 7 · 覆盖率 58.3%": reported only where the source gives it, Σ where only parts do. */
    private List<String> figures(Band band) {
        List<String> parts = new ArrayList<>();
        if (band.reported() != null) {
            parts.add(t(Labels.REPORTED) + " " + band.reported());
        } else if (band.sumOfParts() != null) {
            parts.add(t(Labels.REPORTED) + " Σ " + band.sumOfParts());
        }
        parts.add(t(Labels.NAMED) + " " + band.named());
        if (band.coverage() != null) {
            parts.add(t(Labels.COVERAGE) + " " + Numbers.ratio(band.coverage()));
        }
        return parts;
    }

    // --- the categories of one facet, side by side

    /**
     * Appends the categories as a grid: as many columns as fit, rows balanced so the last is as
     * full as can be; a short last row leaves one blank cell. Categories that are bare names
     * (no figures, entries or children) go in a compact grid instead: columns wide enough for
     * the longest name and no rule between rows. Returns where the last row's vertical bars
     * stand, for the line that closes the grid.
     */
    private Set<Integer> grid(List<Block> blocks, List<String> lines) {
        if (blocks.isEmpty()) {
            return Set.of();
        }
        int widest = blocks.stream().mapToInt(b -> DisplayWidth.of(b.category().name().get(lang))).max().orElse(0);
        boolean compact = blocks.stream().allMatch(MapRenderer::bare) && widest <= inner;
        int least = compact ? Math.max(MIN_CELL, widest) : MIN_CELL;
        int fit = Math.max(1, (inner + CELL_GAP.length()) / (least + CELL_GAP.length()));
        int rows = (blocks.size() + fit - 1) / fit;
        int columns = (blocks.size() + rows - 1) / rows;
        int[] cellWidths = widths(columns);
        Set<Integer> above = Set.of();
        for (int row = 0; row < rows; row++) {
            List<Block> cells = blocks.subList(row * columns, Math.min(blocks.size(), (row + 1) * columns));
            Set<Integer> bars = bars(cellWidths, compact ? columns : cells.size());
            if (!compact || row == 0) {
                lines.add(rule('├', '┤', above, bars));
            }
            List<List<String>> contents = new ArrayList<>();
            for (int i = 0; i < (compact ? columns : cells.size()); i++) {
                contents.add(i < cells.size() ? cell(cells.get(i), cellWidths[i]) : List.of());
            }
            int height = contents.stream().mapToInt(List::size).max().orElse(0);
            for (int line = 0; line < height; line++) {
                lines.add(row(contents, cellWidths, line));
            }
            above = bars;
        }
        return above;
    }

    /** A category that is only a name: nothing reported, named or below it. */
    private static boolean bare(Block block) {
        return block.reported() == null && block.places().isEmpty() && block.entries().isEmpty()
                && block.children().isEmpty();
    }

    /** Content widths of {@code columns} equal columns (the first ones a column wider where it does not divide). */
    private int[] widths(int columns) {
        int room = inner - CELL_GAP.length() * (columns - 1);
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = room / columns + (i < room % columns ? 1 : 0);
        }
        return widths;
    }

    /** Where the bars after each of the first {@code cells} cells stand (the right border excluded). */
    private Set<Integer> bars(int[] cellWidths, int cells) {
        Set<Integer> bars = new HashSet<>();
        int x = 0;
        for (int i = 0; i < cellWidths.length - 1; i++) {
            x += (i == 0 ? 2 : CELL_GAP.length()) + cellWidths[i];
            if (i < cells) {
                bars.add(x + 1);
            }
        }
        return bars;
    }

    private String row(List<List<String>> contents, int[] cellWidths, int line) {
        StringBuilder row = new StringBuilder("│ ");
        for (int i = 0; i < contents.size(); i++) {
            if (i > 0) {
                row.append(CELL_GAP);
            }
            List<String> cell = contents.get(i);
            row.append(DisplayWidth.pad(line < cell.size() ? cell.get(line) : "", cellWidths[i], false));
        }
        if (contents.size() < cellWidths.length) {
            int blank = 0;
            for (int i = contents.size(); i < cellWidths.length; i++) {
                blank += cellWidths[i] + CELL_GAP.length();
            }
            row.append(CELL_GAP).append(" ".repeat(blank - CELL_GAP.length()));
        }
        return row.append(" │").toString();
    }

    /** One category: name, figures, entries, then its children with theirs, indented. */
    private List<String> cell(Block block, int cellWidth) {
        List<String> lines = new ArrayList<>(Wrap.lines(block.category().name().get(lang), cellWidth));
        if (block.reported() != null) {
            lines.addAll(Wrap.items("", "", reported(block), " · ", cellWidth));
        }
        places(block.places(), "", cellWidth, lines);
        entries(block.entries(), "", cellWidth, lines);
        for (Block child : block.children()) {
            child(child, INDENT, cellWidth, lines);
        }
        return lines;
    }

    private void child(Block block, String indent, int cellWidth, List<String> lines) {
        List<String> parts = new ArrayList<>();
        parts.add(block.category().name().get(lang));
        if (block.reported() != null) {
            parts.addAll(reported(block));
        }
        lines.addAll(Wrap.items(indent, indent + INDENT, parts, " · ", cellWidth));
        places(block.places(), indent + INDENT, cellWidth, lines);
        entries(block.entries(), indent, cellWidth, lines);
        for (Block grandchild : block.children()) {
            child(grandchild, indent + INDENT, cellWidth, lines);
        }
    }

    private void entries(List<Entry> entries, String indent, int cellWidth, List<String> lines) {
        for (Entry entry : entries) {
            lines.addAll(Wrap.hanging(indent + BULLET, indent + INDENT, entry.name().get(lang), cellWidth));
        }
    }

    /** "报告数 231 (87%)", "已命名 0". */
    private List<String> reported(Block block) {
        String share = block.reportedShare() == null ? "" : " (" + share(block.reportedShare()) + ")";
        return List.of(t(Labels.REPORTED) + " " + block.reported() + share, t(Labels.NAMED) + " " + block.named());
    }

    /** The figures the source gives per place, one a line: "其中 浙江省 9", "     上海市 4". */
    private void places(List<PlaceStats> places, String indent, int cellWidth, List<String> lines) {
        String first = indent + (lang == Lang.ZH ? "其中 " : "of which ");
        String rest = " ".repeat(DisplayWidth.of(first));
        for (int i = 0; i < places.size(); i++) {
            String place = places.get(i).place().name().get(lang) + " " + places.get(i).reported();
            lines.addAll(Wrap.hanging(i == 0 ? first : rest, rest, place, cellWidth));
        }
    }

    /** A printed share as the source printed it: 87 → "87%", 7.5 → "7.5%". */
    private static String share(double percent) {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }

    // --- lines

    /** "│ text … │", padded to the full width. */
    private String full(String text) {
        return "│ " + DisplayWidth.pad(text, inner, false) + " │";
    }

    /** A horizontal line with junctions where bars stand above, below or both. */
    private String rule(char left, char right, Set<Integer> up, Set<Integer> down) {
        boolean bottom = left == '└';
        StringBuilder line = new StringBuilder().append(left);
        for (int x = 1; x < width - 1; x++) {
            boolean u = up.contains(x);
            boolean d = down.contains(x);
            line.append(u && d ? '┼' : u ? '┴' : d ? (bottom ? '─' : '┬') : '─');
        }
        return line.append(right).toString();
    }

    private String centred(String line) {
        int margin = (width - DisplayWidth.of(line)) / 2;
        return " ".repeat(Math.max(0, margin)) + line;
    }

    private String t(Text label) {
        return label.get(lang);
    }
}
