package org.chainatlas.registry.format;

import java.util.List;

/** A document that cannot be read: every problem found, each one sentence with its JSON path. */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public FormatException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
