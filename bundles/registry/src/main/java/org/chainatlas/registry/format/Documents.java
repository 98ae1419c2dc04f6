package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainatlas.api.Problem;

/** The one way documents are read: parse, walk with a problem list, then point every problem into the text. */
final class Documents {
    private Documents() {
    }

    /** Parses, checks against {@code schema}, and only then lets {@code reader} build the model. */
    static <T> T read(byte[] json, SchemaValidator schema, Function<Node, T> reader) throws FormatException {
        JsonText.Parsed parsed = JsonText.parse(json);
        List<Problem> problems = new ArrayList<>(schema.validate(parsed.root()));
        List<Problem> semantic = new ArrayList<>();
        Node root = new Node(parsed.root(), JsonPath.ROOT, semantic);
        T result = root.requireObject() ? reader.apply(root) : null;
        semantic.stream().filter(p -> !coveredBy(p, problems)).forEach(problems::add);
        if (!problems.isEmpty() || result == null) {
            throw new FormatException(locate(problems, parsed.text()));
        }
        return result;
    }

    /** The reader re-finds what the schema found (a missing field, a bad id): say it once. */
    private static boolean coveredBy(Problem problem, List<Problem> reported) {
        return reported.stream().anyMatch(r -> problem.path() != null && r.path() != null
                && (problem.path().equals(r.path()) || problem.path().startsWith(r.path() + ".")
                || problem.path().startsWith(r.path() + "[") || r.path().startsWith(problem.path() + ".")));
    }

    /** Gives each problem the line and column of its path, or of the nearest enclosing value. */
    static List<Problem> locate(List<Problem> problems, String text) {
        if (problems.isEmpty()) {
            return problems; // nothing to point at: spare the second pass over the text
        }
        Map<String, JsonLocator.Position> positions = JsonLocator.locate(text);
        List<Problem> located = new ArrayList<>();
        for (Problem problem : problems) {
            JsonLocator.Position at = null;
            for (String path = problem.path(); path != null && at == null; path = parent(path)) {
                at = positions.get(path);
            }
            located.add(at == null || problem.line() > 0 ? problem : problem.at(problem.file(), at.line(), at.column()));
        }
        return located;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
