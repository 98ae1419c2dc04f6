package org.chainatlas.api.model;

import java.util.regex.Pattern;

/** The one rule for ids: lowercase letters, digits and inner hyphens, dots or underscores. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?");

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static void require(String id, String what) {
        if (!valid(id)) {
            throw new IllegalArgumentException("invalid " + what + " id '" + id
                    + "': use 1-80 lowercase letters, digits, '-', '.' or '_'");
        }
    }
}
