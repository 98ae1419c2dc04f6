package org.chainatlas.api.command;

import java.util.List;
import java.util.Map;
import org.chainatlas.api.model.Lang;

/**
 * What a user typed, parsed against a {@link CommandSpec}: the options given (a flag maps to
 * "true"), the other words in order, the language to answer in, and whether help was asked for
 * ({@code --help} or {@code -h}), in which case nothing else was checked.
 */
public record Words(CommandSpec spec, Lang lang, Map<String, String> options, List<String> operands, boolean help) {

    public Words {
        options = Map.copyOf(options);
        operands = List.copyOf(operands);
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The option's value, null where it was not given. */
    public String value(String option) {
        return options.get(option);
    }

    /** A number option's value (checked by the parser), 0 where it was not given. */
    public int number(String option) {
        String value = options.get(option);
        return value == null ? 0 : Integer.parseInt(value);
    }

    public boolean json() {
        return has("--json");
    }
}
