package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.DatasetDocument;

/**
 * The outcome of checking a dataset file.
 *
 * @param file           the file as the user named it
 * @param document       what was read, or null where the file could not be read at all
 * @param symbolicName   the bundle symbolic name the dataset has or would get when packed, or null
 * @param problems       errors (block installing) and warnings (shown, do not block), in file order
 */
public record Validation(String file, DatasetDocument document, String symbolicName, String bundleVersion,
                         List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
