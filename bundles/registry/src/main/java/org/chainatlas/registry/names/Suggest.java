package org.chainatlas.registry.names;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the registry's sentences suggest as the command parser does, by the same rule. */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        return org.chainatlas.api.command.Suggest.closest(wrong, candidates);
    }

    public static int distance(String a, String b) {
        return org.chainatlas.api.command.Suggest.distance(a, b);
    }
}
