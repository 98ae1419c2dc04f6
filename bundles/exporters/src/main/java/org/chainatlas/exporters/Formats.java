package org.chainatlas.exporters;

import java.util.Locale;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Numbers;
import org.chainatlas.api.model.Text;

/** How numbers and bilingual texts read in every format, matching the console's atlas:stats. */
final class Formats {

    private Formats() {
    }

    /** The text in {@code lang}, with the other language in brackets where it differs. */
    static String both(Text text, Lang lang) {
        return text == null ? "" : text.withOther(lang);
    }

    /** The side of {@code text} in the other language, or null where it is missing or the same. */
    static String other(Text text, Lang lang) {
        if (text == null) {
            return null;
        }
        String main = text.get(lang);
        String other = text.get(lang.other());
        return main.equals(other) ? null : other;
    }

    /** A label with a number put in, e.g. "+3 more". */
    static String format(Text label, Lang lang, Object... args) {
        return String.format(Locale.ROOT, label.get(lang), args);
    }

    /** "reported share" as a heading: "Reported share" (Chinese has no case and stays as it is). */
    static String heading(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** A list as Chinese readers write it (顿号 "、") or as English readers do (", "). */
    static String list(java.util.List<String> items, Lang lang) {
        return String.join(lang == Lang.ZH ? "、" : ", ", items);
    }
}
