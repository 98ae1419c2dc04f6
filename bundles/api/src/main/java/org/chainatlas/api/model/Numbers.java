package org.chainatlas.api.model;

import java.math.BigDecimal;
import java.util.Locale;

/** How figures read wherever people see them (console, exports), so every view agrees. */
public final class Numbers {
    /** Shown where the source gives no figure. */
    public static final String NONE = "—";

    private Numbers() {
    }

    public static String count(Long value) {
        return value == null ? NONE : Long.toString(value);
    }

    /** A ratio (0.583) as a percentage ("58.3%"). */
    public static String ratio(Double ratio) {
        return ratio == null ? NONE : percent(ratio * 100);
    }

    /** A value already in percent (87.17) as "87.2%". */
    public static String percent(Double percent) {
        return percent == null || percent.isNaN() ? NONE : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** A share as the source printed it: 87 stays "87%", 7.55 stays "7.55%"; its precision is a fact too. */
    public static String printedPercent(Double percent) {
        return percent == null || percent.isNaN() ? NONE
                : BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }
}
