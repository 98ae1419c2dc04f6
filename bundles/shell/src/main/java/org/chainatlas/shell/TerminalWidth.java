package org.chainatlas.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;

/**
 * How wide atlas:map draws: --width where given (40 to 400, else a sentence), else the console's
 * terminal (the session's {@code .terminal}, a JLine Terminal found reflectively so this bundle
 * does not need JLine), else the {@code COLUMNS} session variable or environment variable, else 100.
 * A terminal narrower or wider than the valid range is drawn for the nearest valid width.
 */
final class TerminalWidth {

    static final int DEFAULT = 100;

    private TerminalWidth() {
    }

    static int of(String option, CommandSession session) {
        return of(option, session, System::getenv);
    }

    static int of(String option, CommandSession session, Function<String, String> environment) {
        String given = option == null || option.isBlank() ? null : option.strip();
        if (given != null) {
            return parse(given);
        }
        Integer known = terminal(session);
        if (known == null) {
            known = columns(session == null ? null : session.get("COLUMNS"));
        }
        if (known == null) {
            known = columns(environment.apply("COLUMNS"));
        }
        return known == null ? DEFAULT : Math.max(MapRenderer.MIN_WIDTH, Math.min(MapRenderer.MAX_WIDTH, known));
    }

    private static int parse(String given) {
        try {
            int width = Integer.parseInt(given);
            if (width >= MapRenderer.MIN_WIDTH && width <= MapRenderer.MAX_WIDTH) {
                return width;
            }
        } catch (NumberFormatException e) {
            // Falls through to the sentence below.
        }
        throw new AtlasException("--width takes a number of columns from " + MapRenderer.MIN_WIDTH + " to "
                + MapRenderer.MAX_WIDTH + ", got '" + given + "'");
    }

    /** The terminal's width, or null where there is no terminal or it does not know (a dumb terminal says 0). */
    private static Integer terminal(CommandSession session) {
        int width = terminalSize(session, "getWidth");
        return width > 0 ? width : null;
    }

    /**
     * The session's terminal's {@code getWidth} or {@code getHeight}, or 0 where there is no
     * terminal or it does not know.
     */
    static int terminalSize(CommandSession session, String getter) {
        Object terminal = session == null ? null : session.get(".terminal");
        if (terminal == null) {
            return 0;
        }
        try {
            Method method = publicMethod(terminal.getClass(), getter);
            Integer size = method == null ? null : positive(method.invoke(terminal));
            return size == null ? 0 : size;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** The method as a public class or interface declares it, so that it can be called from another bundle. */
    private static Method publicMethod(Class<?> type, String name) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(type);
        while (!types.isEmpty()) {
            Class<?> next = types.poll();
            if (Modifier.isPublic(next.getModifiers())) {
                try {
                    return next.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // Look further up.
                }
            }
            if (next.getSuperclass() != null) {
                types.add(next.getSuperclass());
            }
            types.addAll(java.util.List.of(next.getInterfaces()));
        }
        return null;
    }

    private static Integer columns(Object value) {
        if (value instanceof Number n) {
            return positive(n);
        }
        if (value instanceof CharSequence text) {
            try {
                return positive(Integer.parseInt(text.toString().trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Integer positive(Object value) {
        return value instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
    }
}
