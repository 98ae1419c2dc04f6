package org.chainatlas.registry.format;

import java.util.List;
import org.chainatlas.api.Problem;

/** A document that cannot be read: every problem found, each one sentence with where it is. */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public FormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem, and how many more there are: one line for a log or a console. */
    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "the document could not be read";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
