package org.chainatlas.shell;

import java.util.List;
import java.util.Locale;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Numbers;
import org.chainatlas.api.model.Text;

/** How values read in a table cell, the same in every command. */
final class Cells {

    private Cells() {
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
