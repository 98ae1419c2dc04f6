package org.chainatlas.exporters;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.exporters.Diagram.Box;
import org.chainatlas.exporters.Diagram.Label;

/**
 * The inside of one category box at a given width: its wrapped name and figures, its child
 * categories as a wrapped list, and its entries as chips flowing left to right. A box taller than
 * {@link #MAX_HEIGHT} shows as many entries as fit and a "+N more" line (whose hover lists the
 * rest). Coordinates are relative to the box's top left corner.
 */
record BoxLayout(Box box, double width, List<String> title, List<String> figures, List<String> children,
                 List<Chip> entries, List<Label> hidden, double moreTop, double height) {

    static final double PAD = 8;
    static final double MAX_HEIGHT = 320;
    static final double TITLE_SIZE = 14;
    static final double SMALL_SIZE = 12;
    static final double LINE = 1.3;
    /** Bold glyphs run a little wider than the estimate for regular ones. */
    static final double BOLD = 1.06;
    private static final double CHIP_PAD_X = 5;
    private static final double CHIP_PAD_Y = 2;
    private static final double CHIP_GAP = 5;
    /** Between child categories in their list. */
    static final String SEPARATOR = " · ";

    /** One name placed in the box: its wrapped lines and the rectangle around them. */
    record Chip(Label label, List<String> lines, double x, double y, double width, double height) {
    }

    /** Where a flow of chips ended: the chips and the y below the last row. */
    private record Flow(List<Chip> chips, double bottom) {
    }

    static BoxLayout of(Box box, double width) {
        double inner = width - 2 * PAD;
        List<String> title = TextWidth.wrap(box.name(), inner / (TITLE_SIZE * BOLD));
        double y = PAD + lines(title, TITLE_SIZE);
        List<String> figures = box.figures().isEmpty() ? List.of() : TextWidth.wrap(box.figures(), inner / SMALL_SIZE);
        y += lines(figures, SMALL_SIZE);
        List<String> children = box.children().isEmpty() ? List.of()
                : TextWidth.wrap(String.join(SEPARATOR, box.children()), inner / SMALL_SIZE);
        y += lines(children, SMALL_SIZE);
        double entriesTop = y + (box.entries().isEmpty() ? 0 : CHIP_GAP);
        Flow entries = flow(box.entries(), inner, entriesTop);
        if (entries.bottom() + PAD <= MAX_HEIGHT) {
            return new BoxLayout(box, width, title, figures, children, entries.chips(), List.of(), 0,
                    entries.bottom() + PAD);
        }
        return overflowing(box, width, title, figures, children, entriesTop);
    }

    /** Where the child list starts: below the name and the figures. */
    double childrenTop() {
        return PAD + lines(title, TITLE_SIZE) + lines(figures, SMALL_SIZE);
    }

    /** The narrowest the box may be without splitting a word of its name: at least {@code floor}. */
    static double minWidth(Box box, double floor) {
        return Math.max(floor, TextWidth.widestUnbreakable(box.name()) * TITLE_SIZE * BOLD + 2 * PAD);
    }

    /**
     * How much room the box asks for, compared with the others in its row: grows with the text
     * inside it, but slower than linearly, so a crowded box gets wider without starving the rest.
     */
    static double weight(Box box) {
        double text = TextWidth.em(box.name()) + TextWidth.em(String.join(SEPARATOR, box.children()))
                + box.entries().stream().mapToDouble(l -> TextWidth.em(l.text()) + 1).sum();
        return Math.sqrt(text);
    }

    /**
     * The most entries that fit above a "+N more" line. A longer prefix of chips never ends
     * higher than a shorter one, so the count is found by binary search: a few flows, not one per
     * entry (which made exports of large regions quadratic).
     */
    private static BoxLayout overflowing(Box box, double width, List<String> title, List<String> figures,
                                         List<String> children, double entriesTop) {
        double inner = width - 2 * PAD;
        double moreHeight = SMALL_SIZE * LINE + CHIP_GAP;
        int low = 0; // always fits
        int high = box.entries().size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            Flow entries = flow(box.entries().subList(0, mid), inner, entriesTop);
            if (entries.bottom() + CHIP_GAP + moreHeight + PAD <= MAX_HEIGHT) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        Flow entries = flow(box.entries().subList(0, low), inner, entriesTop);
        double moreTop = entries.bottom() + CHIP_GAP;
        List<Label> hidden = box.entries().subList(low, box.entries().size());
        return new BoxLayout(box, width, title, figures, children, entries.chips(), List.copyOf(hidden),
                moreTop, moreTop + SMALL_SIZE * LINE + PAD);
    }

    /** Chips left to right, wrapping to a new row where one does not fit; a name wider than a row wraps itself. */
    private static Flow flow(List<Label> labels, double inner, double top) {
        List<Chip> chips = new ArrayList<>();
        double x = 0;
        double rowTop = top;
        double rowHeight = 0;
        for (Label label : labels) {
            List<String> lines = TextWidth.wrap(label.text(), (inner - 2 * CHIP_PAD_X) / SMALL_SIZE);
            double chipWidth = lines.stream().mapToDouble(TextWidth::em).max().orElse(0) * SMALL_SIZE + 2 * CHIP_PAD_X;
            double chipHeight = lines(lines, SMALL_SIZE) + 2 * CHIP_PAD_Y;
            if (x > 0 && x + chipWidth > inner) {
                x = 0;
                rowTop += rowHeight + CHIP_GAP;
                rowHeight = 0;
            }
            chips.add(new Chip(label, lines, PAD + x, rowTop, chipWidth, chipHeight));
            x += chipWidth + CHIP_GAP;
            rowHeight = Math.max(rowHeight, chipHeight);
        }
        return new Flow(chips, rowTop + rowHeight);
    }

    /** The height {@code lines} take at {@code size}. */
    static double lines(List<String> lines, double size) {
        return lines.size() * size * LINE;
    }

    /** Where the text of a chip starts, inside its rectangle. */
    static double chipTextX(Chip chip) {
        return chip.x() + CHIP_PAD_X;
    }

    static double chipTextTop(Chip chip) {
        return chip.y() + CHIP_PAD_Y;
    }
}
