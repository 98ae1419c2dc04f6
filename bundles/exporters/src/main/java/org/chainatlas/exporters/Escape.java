package org.chainatlas.exporters;

/**
 * Escaping for each format. Entry names are user data: a dataset file may name an entry
 * {@code <script>} or {@code =HYPERLINK(...)}, and every format must show it as text.
 */
final class Escape {

    private static final char REPLACEMENT = '\uFFFD';

    private Escape() {
    }

    /**
     * Text or attribute value in XML, SVG and HTML. Characters XML 1.0 forbids (most C0 controls,
     * lone surrogates) become U+FFFD, so a stray control character cannot make the file unreadable.
     */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(xmlAllowed(cp) ? cp : REPLACEMENT);
            }
        });
        return out.toString();
    }

    /**
     * Inline Markdown text, also safe inside a table cell: the characters Markdown gives meaning
     * get a backslash, and {@code < > &} become entities so no name can open an HTML tag. Line
     * breaks become spaces: one would end a table row.
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> out.append('\\').appendCodePoint(cp);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * One CSV field (RFC 4180). A field a spreadsheet would run as a formula (starting with
     * {@code = + - @}, tab or CR) gets a leading {@code '}; a field with a comma, quote or line
     * break is quoted, quotes doubled.
     */
    static String csv(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /**
     * JSON to embed in an HTML {@code <script>} element: {@code <} (so no "</script>" or "<!--"
     * inside a string can end or change the element), {@code >} and {@code &} (so the page also
     * reads as XML) are written as JSON escapes, which {@code JSON.parse} turns back.
     */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** An http(s) address fit to be a link target; anything else (javascript:, data:) is refused. */
    static boolean safeUrl(String url) {
        return url != null && url.matches("(?i)https?://[^\\s<>\"'`]+");
    }

    /** {@code url} where it is {@linkplain #safeUrl safe} to follow, else null: for data a script turns into links. */
    static String href(String url) {
        return safeUrl(url) ? url : null;
    }

    private static boolean xmlAllowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
    }
}
