package org.chainatlas.api.model;

/**
 * The one rule for ids: 1-80 lowercase letters, digits and inner hyphens, dots or underscores,
 * never two dots in a row (the pattern {@code (?!.*\.\.)[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?}): a
 * dataset's id becomes part of its bundle's symbolic name, where dots separate non-empty parts.
 * Checked by hand, not by a regex:
 * every entry, category and place reference is checked, and the regex was a fifth of reading a
 * large dataset.
 */
public final class Ids {
    private static final int MAX_LENGTH = 80;

    private Ids() {
    }

    public static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        int last = id.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = id.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || i == last || c != '.' && c != '_' && c != '-')) {
                return false;
            }
            if (c == '.' && id.charAt(i - 1) == '.') {
                return false;
            }
        }
        return true;
    }

    static void require(String id, String what) {
        if (!valid(id)) {
            throw new IllegalArgumentException("invalid " + what + " id '" + id
                    + "': use 1-80 lowercase letters, digits, '-', '.' or '_' (no two dots in a row)");
        }
    }
}
