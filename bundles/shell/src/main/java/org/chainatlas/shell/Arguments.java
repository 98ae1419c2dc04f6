package org.chainatlas.shell;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.AtlasException;

/**
 * Words Gogo could not match to a command's options end up in its trailing parameter; this turns
 * them into one sentence naming the valid options instead of Gogo's "Cannot coerce" message. The
 * options are read from the command's own {@link Parameter} annotations, so they cannot drift.
 */
final class Arguments {

    private Arguments() {
    }

    /** An option's value, null where it was not given (Gogo passes the absent value ""). */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Fails unless {@code words} is empty. */
    static void requireNone(String command, String[] words) {
        requireNone(AtlasCommands.class, command, words);
    }

    static void requireNone(Class<?> owner, String command, String[] words) {
        if (words != null && words.length > 0) {
            throw new AtlasException(unexpected(owner, command, words[0]));
        }
    }

    /** Fails on any word that looks like an option ("--..."): the command takes only values. */
    static void requireNoOptions(String command, String[] words) {
        requireNoOptions(AtlasCommands.class, command, words);
    }

    static void requireNoOptions(Class<?> owner, String command, String[] words) {
        Arrays.stream(words == null ? new String[0] : words).filter(w -> w.startsWith("--")).findFirst()
                .ifPresent(w -> {
                    throw new AtlasException(unexpected(owner, command, w));
                });
    }

    static String unexpected(String command, String word) {
        return unexpected(AtlasCommands.class, command, word);
    }

    static String unexpected(Class<?> owner, String command, String word) {
        List<String> options = options(owner, command);
        if (options.contains(word)) {
            return "atlas:" + command + " takes " + word + " only once";
        }
        String what = word.startsWith("-") ? "unknown option '" : "unexpected argument '";
        return what + word + "' for atlas:" + command + "; options: " + String.join(", ", options);
    }

    /** The option names of a command, in declaration order. */
    static List<String> options(String command) {
        return options(AtlasCommands.class, command);
    }

    static List<String> options(Class<?> owner, String command) {
        return Arrays.stream(owner.getMethods())
                .filter(m -> m.getName().equals(command))
                .flatMap(Arguments::parameters)
                .collect(Collectors.toList());
    }

    private static Stream<String> parameters(Method method) {
        return Arrays.stream(method.getParameterAnnotations())
                .flatMap(Arrays::stream)
                .filter(a -> a instanceof Parameter)
                .map(a -> ((Parameter) a).names()[0]);
    }
}
