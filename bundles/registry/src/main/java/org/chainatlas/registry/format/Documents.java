package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainatlas.api.Problem;
import org.chainatlas.registry.concurrent.Forked;

/** The one way documents are read: parse, walk with a problem list, then point every problem into the text. */
final class Documents {
    private Documents() {
    }

    /** From this size the schema check runs beside the reader, on another core (about a third less time at 10k entries). */
    static final int CONCURRENT_FROM_BYTES = 256 * 1024;

    /**
     * Parses, checks against {@code schema} and lets {@code reader} build the model; what the
     * schema finds comes first. The two only read the parsed tree (the reader notes its problems
     * instead of failing), so a large document has them run at once.
     */
    static <T> T read(byte[] json, SchemaValidator schema, Function<Node, T> reader) throws FormatException {
        JsonText.Parsed parsed = JsonText.parse(json);
        Forked<List<Problem>> schemaProblems = json.length >= CONCURRENT_FROM_BYTES
                ? Forked.start(() -> schema.validate(parsed.root()))
                : Forked.inline(() -> schema.validate(parsed.root()));
        List<Problem> semantic = new ArrayList<>();
        Node root = new Node(parsed.root(), JsonPath.ROOT, semantic);
        T result = root.requireObject() ? reader.apply(root) : null;
        List<Problem> problems = new ArrayList<>(schemaProblems.join());
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
