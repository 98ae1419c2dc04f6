package org.chainatlas.landscape;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids from names: the lowercase slug of the name (accents dropped, every run of other characters
 * one '-', at most 80 characters), and where two names give one slug, "-2", "-3"… in the order the
 * file lists them, so importing the same file twice gives the same ids. A name with no letter or
 * digit in a–z, 0–9 (a Chinese name, say) gets the slug {@code fallback}.
 */
final class Slugs {
    private static final int MAX = 80;

    private final Set<String> taken = new HashSet<>();
    private final String fallback;

    Slugs(String fallback) {
        this.fallback = fallback;
    }

    /** A new id for {@code name}, unique among those this instance handed out. */
    String next(String name) {
        String base = slug(name, fallback);
        if (taken.add(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = trim(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = trim(plain.replaceAll("[^a-z0-9]+", "-"));
        slug = trim(slug.substring(0, Math.min(slug.length(), MAX)));
        return slug.isEmpty() ? fallback : slug;
    }

    private static String trim(String s) {
        return s.replaceAll("^-+|-+$", "");
    }
}
