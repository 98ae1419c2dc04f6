package org.chainatlas.api.model;

import java.util.Locale;

/** The two languages every name in the atlas carries. */
public enum Lang {
    ZH("zh"), EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Lang other() {
        return this == ZH ? EN : ZH;
    }

    /** Parses "zh" or "en" (any case); anything else is a user error naming the valid values. */
    public static Lang parse(String value) {
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return lang;
            }
        }
        throw new IllegalArgumentException("no language '" + value + "'; languages: zh, en");
    }

    /** Chinese for a Chinese locale, English for every other. */
    public static Lang of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
