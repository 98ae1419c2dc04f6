package org.chainatlas.shell;

import java.util.List;
import java.util.Locale;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Numbers;
import org.chainatlas.api.model.Text;

/** How values read in a table cell, the same in every command. */
final class Cells {

    /** Shown where the source gives no figure. */
    static final String NONE = Numbers.NONE;

    private Cells() {
    }

    static String count(Long value) {
        return Numbers.count(value);
    }

    /** A ratio (0.583) as a percentage ("58.3%"). */
    static String ratio(Double ratio) {
        return Numbers.ratio(ratio);
    }

    /** A share as the source printed it: 87 stays "87%", 7.55 stays "7.55%" — its precision is a fact too. */
    static String printedPercent(Double percent) {
        return Numbers.printedPercent(percent);
    }

    /** A value already in percent (87.17) as "87.2%". */
    static String percent(Double percent) {
        return Numbers.percent(percent);
    }

    /** The text in {@code lang}, with the other language in brackets where it differs. */
    static String both(Text text, Lang lang) {
        return text == null ? "" : text.withOther(lang);
    }

    static String name(Text text, Lang lang) {
        return text == null ? "" : text.get(lang);
    }

    /** A list as Chinese readers write it (顿号 "、") or as English readers do (", "). */
    static String join(List<String> items, Lang lang) {
        return String.join(lang == Lang.ZH ? "、" : ", ", items);
    }
}
