package org.chainatlas.exporters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainatlas.api.model.Lang;
import org.chainatlas.exporters.BoxLayout.Chip;
import org.chainatlas.exporters.Diagram.Band;
import org.chainatlas.exporters.Diagram.Group;

/**
 * The ecosystem architecture as an SVG picture, made for A4 landscape: layers as stacked bands,
 * top layer first, each with its names, role and figures on the left and its category boxes on
 * the right. The view box keeps 297:210; where the content needs more room it grows by whole
 * A4-landscape pages, so the picture still prints page by page. Used by the svg exporter and,
 * inline, by the html page.
 */
final class SvgDiagram {

    static final double PAGE_WIDTH = 1485;
    static final double PAGE_HEIGHT = 1050;
    static final String FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    private static final double MARGIN = 30;
    private static final double TITLE_SIZE = 26;
    private static final double LEGEND_SIZE = 13;
    private static final double LAYER_SIZE = 20;
    private static final double OTHER_SIZE = 14;
    private static final double ROLE_SIZE = 13;
    private static final double SMALL_SIZE = BoxLayout.SMALL_SIZE;
    private static final double LINE = BoxLayout.LINE;
    private static final double HEAD_WIDTH = 230;
    private static final double BAND_PAD = 12;
    private static final double BAND_GAP = 10;
    private static final double BOX_GAP = 10;
    private static final double MIN_BOX_WIDTH = 110;
    /** Spare room is shared out among the bands, up to this much each; the rest stays blank above the footer. */
    private static final double MAX_STRETCH = 90;

    /** Band fill, band outline, and the accent of the layer name; cycled from the top band down. */
    private static final String[][] PALETTE = {
        {"#e8f1fb", "#7ea6d8", "#1d4f91"}, {"#eaf6ec", "#7fbf8a", "#1e6b33"},
        {"#fff4e0", "#e0b060", "#8a5a00"}, {"#f3eefa", "#a995d1", "#4b2e83"},
    };

    private final Diagram diagram;
    private final Lang lang;
    private final double width = PAGE_WIDTH - 2 * MARGIN;

    private SvgDiagram(Diagram diagram, Lang lang) {
        this.diagram = diagram;
        this.lang = lang;
    }

    /** The {@code <svg>} element (no XML declaration), ready to save as a file or to inline in HTML. */
    static String render(Names names) {
        return new SvgDiagram(Diagram.of(names), names.lang()).svg();
    }

    /** One band laid out: its header column and its groups of box rows. */
    private record BandLayout(Band band, List<String> name, List<String> other, List<String> role,
                              List<String> summary, List<GroupLayout> groups, double height) {
    }

    private record GroupLayout(List<String> label, List<List<BoxLayout>> rows, double height) {
    }

    private String svg() {
        List<String> title = TextWidth.wrap(diagram.title(), width / (TITLE_SIZE * BoxLayout.BOLD));
        List<String> legend = TextWidth.wrap(diagram.legend(), width / LEGEND_SIZE);
        List<String> footer = TextWidth.wrap(diagram.footer(), width / SMALL_SIZE);
        double top = MARGIN + BoxLayout.lines(title, TITLE_SIZE) + BoxLayout.lines(legend, LEGEND_SIZE) + BAND_GAP;
        List<BandLayout> bands = diagram.bands().stream().map(this::layout).toList();
        double content = bands.stream().mapToDouble(BandLayout::height).sum() + BAND_GAP * bands.size();
        double footerHeight = BoxLayout.lines(footer, SMALL_SIZE);
        double needed = top + content + footerHeight + MARGIN;
        double height = PAGE_HEIGHT * Math.max(1, Math.ceil(needed / PAGE_HEIGHT));
        double stretch = bands.isEmpty() ? 0 : Math.min(MAX_STRETCH, (height - needed) / bands.size());

        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Markup.number(PAGE_WIDTH) + " "
                        + Markup.number(height), "width", "297mm", "height", Markup.number(210 * height / PAGE_HEIGHT) + "mm",
                "font-family", FONTS, "role", "img", "aria-label", diagram.title(), "lang", lang.code(),
                "class", "chainatlas-diagram").newline();
        svg.element("title", diagram.title()).newline();
        svg.empty("rect", "width", PAGE_WIDTH, "height", height, "fill", "#ffffff").newline();
        lines(svg, title, MARGIN, MARGIN, TITLE_SIZE, "bold", "#1a1a1a");
        lines(svg, legend, MARGIN, MARGIN + BoxLayout.lines(title, TITLE_SIZE), LEGEND_SIZE, null, "#555555");
        double y = top;
        for (int i = 0; i < bands.size(); i++) {
            drawBand(svg, bands.get(i), PALETTE[i % PALETTE.length], y, bands.get(i).height() + stretch);
            y += bands.get(i).height() + stretch + BAND_GAP;
        }
        lines(svg, footer, MARGIN, height - MARGIN - footerHeight, SMALL_SIZE, null, "#555555");
        return svg.close("svg").newline().toString();
    }

    private BandLayout layout(Band band) {
        double headInner = HEAD_WIDTH - 2 * BAND_PAD;
        List<String> name = TextWidth.wrap(band.name(), headInner / (LAYER_SIZE * BoxLayout.BOLD));
        List<String> other = band.otherName() == null ? List.of() : TextWidth.wrap(band.otherName(), headInner / OTHER_SIZE);
        List<String> role = TextWidth.wrap(band.role(), headInner / ROLE_SIZE);
        List<String> summary = TextWidth.wrap(band.summary(), headInner / SMALL_SIZE);
        double head = BoxLayout.lines(name, LAYER_SIZE) + BoxLayout.lines(other, OTHER_SIZE)
                + BoxLayout.lines(role, ROLE_SIZE) + BoxLayout.lines(summary, SMALL_SIZE) + 8;
        List<GroupLayout> groups = band.groups().stream().map(this::layout).toList();
        double body = groups.stream().mapToDouble(GroupLayout::height).sum() + BOX_GAP * Math.max(0, groups.size() - 1);
        return new BandLayout(band, name, other, role, summary, groups, Math.max(head, body) + 2 * BAND_PAD);
    }

    /** A facet's boxes in as few rows as the width allows, spread evenly over them. */
    private GroupLayout layout(Group group) {
        double area = boxArea();
        List<String> label = group.label().isEmpty() ? List.of() : TextWidth.wrap(group.label(), area / SMALL_SIZE);
        int count = group.boxes().size();
        int maxColumns = Math.max(1, (int) ((area + BOX_GAP) / (MIN_BOX_WIDTH + BOX_GAP)));
        int rows = Math.max(1, (count + maxColumns - 1) / maxColumns);
        int columns = Math.max(1, (count + rows - 1) / rows);
        List<List<BoxLayout>> laidOut = new ArrayList<>();
        double height = BoxLayout.lines(label, SMALL_SIZE);
        for (int start = 0; start < count; start += columns) {
            List<BoxLayout> row = row(group.boxes().subList(start, Math.min(count, start + columns)), area);
            laidOut.add(row);
            height += rowHeight(row) + (start > 0 ? BOX_GAP : 0);
        }
        return new GroupLayout(label, laidOut, height);
    }

    /**
     * One row of boxes: each gets the minimum width, and the rest of the row is shared by
     * {@link BoxLayout#weight}, so the media box with eleven outlets is wider than the parks box
     * with none, and the row is no taller than it must be.
     */
    private static List<BoxLayout> row(List<Diagram.Box> boxes, double area) {
        double[] least = boxes.stream().mapToDouble(b -> BoxLayout.minWidth(b, MIN_BOX_WIDTH)).toArray();
        double spare = area - BOX_GAP * (boxes.size() - 1) - Arrays.stream(least).sum();
        if (spare < 0) {
            // Names too long for the row: share it equally; wrapping then splits inside words.
            Arrays.fill(least, (area - BOX_GAP * (boxes.size() - 1)) / boxes.size());
            spare = 0;
        }
        double[] weights = boxes.stream().mapToDouble(BoxLayout::weight).toArray();
        double total = Arrays.stream(weights).sum();
        List<BoxLayout> row = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            double share = total == 0 ? 1.0 / boxes.size() : weights[i] / total;
            row.add(BoxLayout.of(boxes.get(i), least[i] + spare * share));
        }
        return row;
    }

    private double boxArea() {
        return width - HEAD_WIDTH - BAND_PAD;
    }

    private static double rowHeight(List<BoxLayout> row) {
        return row.stream().mapToDouble(BoxLayout::height).max().orElse(0);
    }

    private void drawBand(Markup svg, BandLayout band, String[] colours, double top, double height) {
        svg.open("g", "class", "band", "data-layer", band.band().layer()).newline();
        svg.element("title", band.band().tooltip());
        svg.empty("rect", "x", MARGIN, "y", top, "width", width, "height", height, "rx", 10.0,
                "fill", colours[0], "stroke", colours[1], "stroke-width", 1.5).newline();
        double x = MARGIN + BAND_PAD;
        double y = top + BAND_PAD;
        y = lines(svg, band.name(), x, y, LAYER_SIZE, "bold", colours[2]);
        y = lines(svg, band.other(), x, y, OTHER_SIZE, null, colours[2]);
        y = lines(svg, band.role(), x, y + 4, ROLE_SIZE, null, "#333333");
        lines(svg, band.summary(), x, y + 4, SMALL_SIZE, null, "#333333");
        double left = MARGIN + HEAD_WIDTH;
        double groupTop = top + BAND_PAD;
        for (GroupLayout group : band.groups()) {
            drawGroup(svg, group, left, groupTop, colours);
            groupTop += group.height() + BOX_GAP;
        }
        svg.close("g").newline();
    }

    private void drawGroup(Markup svg, GroupLayout group, double left, double top, String[] colours) {
        double y = lines(svg, group.label(), left, top, SMALL_SIZE, null, "#555555");
        for (List<BoxLayout> row : group.rows()) {
            double x = left;
            double height = rowHeight(row);
            for (BoxLayout box : row) {
                drawBox(svg, box, x, y, height, colours);
                x += box.width() + BOX_GAP;
            }
            y += height + BOX_GAP;
        }
    }

    private void drawBox(Markup svg, BoxLayout box, double left, double top, double height, String[] colours) {
        svg.open("g", "class", "category").newline();
        svg.element("title", box.box().name() + (box.box().figures().isEmpty() ? "" : " · " + box.box().figures()));
        svg.empty("rect", "x", left, "y", top, "width", box.width(), "height", height, "rx", 6.0,
                "fill", "#ffffff", "stroke", colours[1]).newline();
        double x = left + BoxLayout.PAD;
        double y = lines(svg, box.title(), x, top + BoxLayout.PAD, BoxLayout.TITLE_SIZE, "bold", "#1a1a1a");
        lines(svg, box.figures(), x, y, SMALL_SIZE, null, "#555555");
        lines(svg, box.children(), x, top + box.childrenTop(), SMALL_SIZE, null, "#333333");
        box.entries().forEach(chip -> drawChip(svg, chip, left, top));
        if (!box.hidden().isEmpty()) {
            svg.open("g", "class", "more");
            svg.element("title", String.join(" · ", box.hidden().stream().map(Diagram.Label::tooltip).toList()));
            lines(svg, List.of(Formats.format(Labels.MORE, lang, box.hidden().size())),
                    x, top + box.moreTop(), SMALL_SIZE, null, "#555555");
            svg.close("g").newline();
        }
        svg.close("g").newline();
    }

    /** An entry's name in its rectangle; the whole chip links to the entry's homepage where it has a safe one. */
    private void drawChip(Markup svg, Chip chip, double left, double top) {
        svg.linked(chip.label().link(), () -> {
            svg.open("g", "class", "entry");
            svg.element("title", chip.label().tooltip());
            svg.empty("rect", "x", left + chip.x(), "y", top + chip.y(), "width", chip.width(), "height", chip.height(),
                    "rx", 3.0, "fill", "#eef1f5");
            lines(svg, chip.lines(), left + BoxLayout.chipTextX(chip), top + BoxLayout.chipTextTop(chip), SMALL_SIZE,
                    null, "#1a1a1a");
            svg.close("g");
        });
        svg.newline();
    }

    /** Writes {@code lines} as one text element from {@code top} down; returns the y below them. */
    private static double lines(Markup svg, List<String> lines, double x, double top, double size, String weight,
                                String fill) {
        if (lines.isEmpty()) {
            return top;
        }
        svg.open("text", "x", x, "y", top + size, "font-size", size, "font-weight", weight, "fill", fill);
        for (int i = 0; i < lines.size(); i++) {
            svg.element("tspan", lines.get(i), "x", x, "y", top + size + i * size * LINE);
        }
        svg.close("text").newline();
        return top + BoxLayout.lines(lines, size);
    }
}
