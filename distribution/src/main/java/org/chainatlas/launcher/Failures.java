package org.chainatlas.launcher;

import java.lang.reflect.Method;

/**
 * Turns what a command threw into the one line the user sees. The atlas commands throw
 * AtlasException (and IllegalArgumentException) with a sentence meant for the user; anything else
 * is a fault, named briefly, with its stack trace in the log.
 */
final class Failures {

    private static final String NOT_FOUND = "org.apache.felix.gogo.runtime.CommandNotFoundException";
    private static final String ATLAS_EXCEPTION = "org.chainatlas.api.AtlasException";
    private static final String GOGO_SYNTAX = "org.apache.felix.gogo.runtime.SyntaxError";

    private Failures() {
    }

    /** The name of the command Gogo could not find, or null if {@code failure} is something else. */
    static String missingCommandName(Throwable failure) {
        return NOT_FOUND.equals(failure.getClass().getName()) ? missingCommand(failure) : null;
    }

    static String describe(Throwable failure) {
        if (NOT_FOUND.equals(failure.getClass().getName())) {
            return "no command '" + missingCommand(failure) + "'; see 'help'";
        }
        Throwable userError = userError(failure);
        if (userError != null) {
            return oneLine(userError.getMessage());
        }
        Throwable syntax = syntaxError(failure);
        if (syntax != null) {
            return "cannot read the command line: " + oneLine(syntax.getMessage());
        }
        Throwable root = root(failure);
        String message = root.getMessage() == null ? "" : ": " + oneLine(root.getMessage());
        return "the command failed with " + root.getClass().getSimpleName() + message
                + "; details are in log/chainatlas.log";
    }

    /** The exception on the cause chain that carries a message meant for the user, AtlasException first. */
    private static Throwable userError(Throwable failure) {
        Throwable argument = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!hasText(t.getMessage())) {
                continue;
            }
            if (isA(t, ATLAS_EXCEPTION)) {
                return t;
            }
            if (argument == null && t instanceof IllegalArgumentException) {
                argument = t;
            }
        }
        return argument;
    }

    /** A SyntaxError; Gogo wraps its EOFError (an unclosed quote or brace) in a java.io.EOFException. */
    private static Throwable syntaxError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isA(t, GOGO_SYNTAX) && hasText(t.getMessage())) {
                return t;
            }
        }
        return null;
    }

    private static String missingCommand(Throwable failure) {
        try {
            Method command = failure.getClass().getMethod("getCommand");
            return String.valueOf(command.invoke(failure));
        } catch (ReflectiveOperationException e) {
            return failure.getMessage().replaceFirst("^Command not found:\\s*", "");
        }
    }

    /** By name, through the superclasses: the class comes from a bundle the launcher cannot see. */
    private static boolean isA(Throwable t, String className) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean hasText(String message) {
        return message != null && !message.isBlank();
    }

    /** The console shows one line per error. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
