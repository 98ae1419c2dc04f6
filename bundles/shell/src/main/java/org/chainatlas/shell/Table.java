package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for people: a header row, a separator line, then the rows, columns aligned
 * by terminal display width ({@link DisplayWidth}) so Chinese and English line up. Number columns
 * are right-aligned. A note is a free line under the row before it, outside the columns.
 * {@link #render(int)} fits the table to a terminal's width by narrowing its widest text column.
 */
final class Table {

    /**
     * A column; {@code maxWidth} 0 means as wide as its widest cell. A column that {@code keeps}
     * its width (numbers, and ids a user types again) is narrowed to fit a terminal only where
     * narrowing all the others is not enough, and numbers never.
     */
    record Column(String header, boolean right, int maxWidth, boolean keeps) {

        static Column left(String header) {
            return new Column(header, false, 0, false);
        }

        static Column right(String header) {
            return new Column(header, true, 0, true);
        }

        static Column left(String header, int maxWidth) {
            return new Column(header, false, maxWidth, false);
        }

        /** Left-aligned text cut to fit a terminal only as a last resort: what a user types again, such as an id. */
        static Column id(String header) {
            return new Column(header, false, 0, true);
        }

        String fit(String cell) {
            String text = cell == null ? "" : cell;
            return maxWidth > 0 ? DisplayWidth.truncate(text, maxWidth) : text;
        }
    }

    private static final String GAP = "  ";
    /** A text column narrowed to fit a terminal keeps at least this many columns (or its header's width). */
    static final int NARROWEST = 8;

    private final List<Column> columns;
    private final boolean header;
    private final List<Line> lines = new ArrayList<>();
    private String[] groups;

    private Table(List<Column> columns, boolean header) {
        this.columns = List.copyOf(columns);
        this.header = header;
    }

    static Table of(Column... columns) {
        return new Table(Arrays.asList(columns), true);
    }

    /** A table without header and separator, e.g. the label/value lines of a card. */
    static Table headless(Column... columns) {
        return new Table(Arrays.asList(columns), false);
    }

    /**
     * Labels over groups of columns, on a line above the header: each label starts where its
     * column does and covers the columns up to the next label ("A" over A's three columns).
     * Labels do not widen columns.
     */
    Table groups(String... labels) {
        if (labels.length > columns.size()) {
            throw new IllegalArgumentException(labels.length + " group labels for " + columns.size() + " columns");
        }
        this.groups = labels.clone();
        return this;
    }

    /** Adds a row; missing trailing cells are empty. */
    Table row(String... cells) {
        if (cells.length > columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        String[] fitted = new String[columns.size()];
        for (int i = 0; i < fitted.length; i++) {
            fitted[i] = columns.get(i).fit(i < cells.length ? cells[i] : "");
        }
        lines.add(new Line(fitted, null));
        return this;
    }

    /** Adds a free line under the last row, not aligned and not widening any column. */
    Table note(String text) {
        lines.add(new Line(null, text));
        return this;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The rendered lines, without trailing spaces, every column as wide as its widest cell. */
    List<String> render() {
        return render(0);
    }

    /**
     * The rendered lines, at most {@code width} columns wide where the text columns can give up
     * that much: the widest text column is narrowed one column at a time, its cells cut with "…"
     * (never inside a character), down to {@link #NARROWEST} or its header; ids only where that
     * is not enough, numbers never, so a table of many numbers may stay wider. {@code width} 0
     * or less: whole.
     */
    List<String> render(int width) {
        int[] widths = fitted(widths(), width);
        List<String> out = new ArrayList<>();
        if (header) {
            if (groups != null) {
                out.add(groupLine(widths));
            }
            out.add(format(headers(), widths));
            out.add(separator(widths));
        }
        for (Line line : lines) {
            out.add(line.cells == null ? line.note : format(cut(line.cells, widths), widths));
        }
        return out;
    }

    private String[] headers() {
        String[] headers = new String[columns.size()];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = columns.get(i).header();
        }
        return headers;
    }

    private int[] widths() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header ? DisplayWidth.of(columns.get(i).header()) : 0;
        }
        for (Line line : lines) {
            if (line.cells != null) {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], DisplayWidth.of(line.cells[i]));
                }
            }
        }
        return widths;
    }

    /**
     * The widths narrowed until the table fits {@code width}: the widest text column first, then,
     * only where that is not enough, the widest id; numbers never.
     */
    private int[] fitted(int[] widths, int width) {
        if (width <= 0) {
            return widths;
        }
        int[] fitted = widths.clone();
        int excess = total(fitted) - width;
        for (boolean ids : new boolean[] {false, true}) {
            int widest;
            while (excess > 0 && (widest = widest(fitted, ids)) >= 0) {
                fitted[widest]--;
                excess--;
            }
        }
        return fitted;
    }

    /** The widest column that may still be narrowed: text, or with {@code ids} also ids; -1 where none. */
    private int widest(int[] widths, boolean ids) {
        int widest = -1;
        for (int i = 0; i < widths.length; i++) {
            Column column = columns.get(i);
            boolean narrowable = !column.right() && (ids || !column.keeps());
            if (narrowable && widths[i] > floor(i) && (widest < 0 || widths[i] > widths[widest])) {
                widest = i;
            }
        }
        return widest;
    }

    private int floor(int column) {
        return Math.max(NARROWEST, header ? DisplayWidth.of(columns.get(column).header()) : 0);
    }

    private static int total(int[] widths) {
        int total = GAP.length() * Math.max(0, widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    private static String[] cut(String[] cells, int[] widths) {
        String[] cut = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            cut[i] = DisplayWidth.truncate(cells[i], widths[i]);
        }
        return cut;
    }

    private String format(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            sb.append(DisplayWidth.pad(cells[i], widths[i], columns.get(i).right()));
        }
        return sb.toString().stripTrailing();
    }

    private String groupLine(int[] widths) {
        StringBuilder sb = new StringBuilder();
        int used = 0;
        int start = 0;
        for (int i = 0; i < widths.length; i++) {
            String label = i < groups.length ? groups[i] : null;
            if (label != null && !label.isEmpty()) {
                int gap = Math.max(start - used, used > 0 ? 1 : 0);
                sb.append(" ".repeat(gap)).append(label);
                used += gap + DisplayWidth.of(label);
            }
            start += widths[i] + GAP.length();
        }
        return sb.toString();
    }

    private static String separator(int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            sb.append("-".repeat(widths[i]));
        }
        return sb.toString();
    }

    /** A row (cells) or a note (text). */
    private record Line(String[] cells, String note) {
    }
}
