package org.chainatlas.shell;

import java.util.Locale;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Lang;

/** Which language a command answers in: --lang, else the configured default, else the locale. */
final class Languages {

    /** Framework (or system) property holding the default language, zh or en. */
    static final String PROPERTY = "chainatlas.lang";

    private Languages() {
    }

    /**
     * The configured default. A value other than zh or en is ignored rather than failing every
     * command: --lang still works, and the locale decides meanwhile.
     */
    static Lang configured(String value, Locale locale) {
        try {
            return value == null || value.isBlank() ? Lang.of(locale) : Lang.parse(value);
        } catch (IllegalArgumentException e) {
            return Lang.of(locale);
        }
    }

    /** The --lang option, {@code fallback} where it is not given. */
    static Lang option(String value, Lang fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Lang.parse(value);
        } catch (IllegalArgumentException e) {
            throw new AtlasException(e.getMessage());
        }
    }
}
