package org.chainatlas.api;

/**
 * One thing wrong with a dataset or layer document: where (file, 1-based line and column where
 * known, else 0; JSON path where known, else null) and what, in one sentence.
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    public enum Severity { ERROR, WARNING }

    /** Problems quote user data; control characters in it are escaped so a problem stays one line. */
    public Problem {
        path = printable(path);
        message = printable(message);
    }

    private static String printable(String s) {
        if (s == null || !hasControl(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, null, 0, 0, path, message);
    }

    public Problem at(String file, int line, int column) {
        return new Problem(severity, file, line, column, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:3:5: $.entries[0].id: 'Bad Id' is not a valid id" — the parts that are known. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file).append(':');
        }
        if (line > 0) {
            out.append(line).append(':').append(column).append(':');
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        if (path != null) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
