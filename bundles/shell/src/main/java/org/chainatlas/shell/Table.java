package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for people: a header row, a separator line, then the rows, columns aligned
 * by terminal display width ({@link DisplayWidth}) so Chinese and English line up. Number columns
 * are right-aligned. A note is a free line under the row before it, outside the columns.
 */
final class Table {

    /** A column; {@code maxWidth} 0 means as wide as its widest cell. */
    record Column(String header, boolean right, int maxWidth) {

        static Column left(String header) {
            return new Column(header, false, 0);
        }

        static Column right(String header) {
            return new Column(header, true, 0);
        }

        static Column left(String header, int maxWidth) {
            return new Column(header, false, maxWidth);
        }

        String fit(String cell) {
            String text = cell == null ? "" : cell;
            return maxWidth > 0 ? DisplayWidth.truncate(text, maxWidth) : text;
        }
    }

    private static final String GAP = "  ";

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

    /** The rendered lines, without trailing spaces. */
    List<String> render() {
        int[] widths = widths();
        List<String> out = new ArrayList<>();
        if (header) {
            if (groups != null) {
                out.add(groupLine(widths));
            }
            out.add(format(headers(), widths));
            out.add(separator(widths));
        }
        for (Line line : lines) {
            out.add(line.cells == null ? line.note : format(line.cells, widths));
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
