package org.chainatlas.api.model;

import java.util.Locale;

/**
 * A text in Chinese and English. At least one side is present; {@link #get(Lang)} falls back to
 * the other side, so a name is never shown empty.
 */
public record Text(String zh, String en) {

    public Text {
        zh = blankToNull(zh);
        en = blankToNull(en);
        if (zh == null && en == null) {
            throw new IllegalArgumentException("a text needs a Chinese or an English side");
        }
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The text in {@code lang}, or in the other language where that side is missing. */
    public String get(Lang lang) {
        String preferred = lang == Lang.ZH ? zh : en;
        return preferred != null ? preferred : (lang == Lang.ZH ? en : zh);
    }

    /** The text in {@code lang}, with the other language in brackets where it has one that differs. */
    public String withOther(Lang lang) {
        String main = get(lang);
        String other = get(lang.other());
        return main.equals(other) ? main : main + " (" + other + ")";
    }

    /** True when either side contains {@code needle}, ignoring case; needle must be lower case. */
    public boolean containsLowerCase(String needle) {
        return (zh != null && zh.toLowerCase(Locale.ROOT).contains(needle))
                || (en != null && en.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
