package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;

/** Reading, schema, semantic checks and positions in one pass: the answer to "is this file good?". */
public final class DatasetValidator {
    private DatasetValidator() {
    }

    public static Validation validate(String file, byte[] json, List<Layer> installed) {
        return validate(file, json, installed, List.of());
    }

    /** @param places the places installed datasets define (see {@link DatasetChecks#check(DatasetDocument, List, List)}) */
    public static Validation validate(String file, byte[] json, List<Layer> installed, List<OwnedPlace> places) {
        DatasetDocument document;
        try {
            document = DatasetReader.read(json);
        } catch (FormatException e) {
            return new Validation(file, null, null, null, inFile(file, e.problems()));
        }
        List<Problem> problems = DatasetChecks.check(document, installed, places);
        List<Problem> located = problems.isEmpty() ? problems
                : Documents.locate(problems, new String(json, java.nio.charset.StandardCharsets.UTF_8));
        return new Validation(file, document, DatasetBundles.symbolicName(document.id()),
                DatasetBundles.bundleVersion(document.version()), inFile(file, located));
    }

    /** One sentence for a file that does not validate: its first error, and how to see the rest. */
    public static String refusal(Validation validation) {
        Problem first = validation.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        long more = validation.errors() - 1;
        return first + (more > 0 ? " (and " + more + " more errors; run atlas:validate " + validation.file() + ")" : "");
    }

    private static List<Problem> inFile(String file, List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.at(file, p.line(), p.column())));
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
