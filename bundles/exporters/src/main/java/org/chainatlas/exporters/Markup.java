package org.chainatlas.exporters;

import java.util.Locale;

/**
 * Writes SVG and (well-formed) HTML. Every text and attribute value goes through
 * {@link Escape#xml}, so callers cannot forget to escape user data; only {@link #raw} writes
 * as is, for markup this bundle made itself.
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(8192);

    /** {@code <tag a="v" ...>}; attributes come as name, value pairs, a null value leaves one out. */
    Markup open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** {@code <tag a="v"/>}: for SVG elements and HTML void elements only. */
    Markup empty(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Markup text(String text) {
        out.append(Escape.xml(text));
        return this;
    }

    /** {@code <tag ...>text</tag>}. */
    Markup element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * {@code inside} within {@code <a href="url">} where the url is {@linkplain Escape#safeUrl http(s)},
     * else {@code inside} alone: an address such as {@code javascript:} is shown, never followed.
     */
    Markup linked(String url, Runnable inside) {
        boolean safe = Escape.safeUrl(url);
        if (safe) {
            open("a", "href", url, "rel", "noopener noreferrer");
        }
        inside.run();
        return safe ? close("a") : this;
    }

    /** {@code text} as a link to {@code url} where that is safe to follow (see {@link #linked}), else as text. */
    Markup link(String text, String url) {
        return linked(url, () -> text(text));
    }

    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A coordinate: whole numbers without a fraction, others to one decimal. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                String text = value instanceof Double d ? number(d) : value.toString();
                out.append(' ').append(attributes[i]).append("=\"").append(Escape.xml(text)).append('"');
            }
        }
    }
}
