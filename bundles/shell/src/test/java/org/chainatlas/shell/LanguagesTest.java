package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void configuredValueWinsOverTheLocale() {
        assertEquals(Lang.EN, Languages.configured("en", Locale.CHINA));
        assertEquals(Lang.ZH, Languages.configured(" ZH ", Locale.US));
    }

    @Test
    void localeDecidesWhereNothingValidIsConfigured() {
        assertEquals(Lang.ZH, Languages.configured(null, Locale.CHINA));
        assertEquals(Lang.EN, Languages.configured("", Locale.GERMANY));
        assertEquals(Lang.ZH, Languages.configured("fr", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void optionFallsBackOnlyWhenAbsent() {
        assertEquals(Lang.ZH, Languages.option("", Lang.ZH));
        assertEquals(Lang.EN, Languages.option("EN", Lang.ZH));
    }
}
