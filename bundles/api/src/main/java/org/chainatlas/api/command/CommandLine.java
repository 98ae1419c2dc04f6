package org.chainatlas.api.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.Lang;

/**
 * The one parser of the atlas commands: turns the words a user typed into {@link Words}, or into
 * one {@link AtlasException} sentence in the chosen language saying what was wrong and what is
 * valid, with a did-you-mean where a word is close to a valid one. Options and other words may
 * come in any order; {@code --name=value} is {@code --name value}.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static Words parse(CommandSpec spec, Lang fallback, Object... typed) {
        List<String> words = new ArrayList<>();
        for (Object word : typed == null ? new Object[0] : typed) {
            // Gogo turns the words true, false and null into values; the user typed them as words
            words.add(String.valueOf(word));
        }
        Lang lang = language(spec, words, fallback);
        Messages say = new Messages(spec, lang);
        if (words.contains("--help") || words.contains("-h")) {
            return new Words(spec, lang, Map.of(), List.of(), true);
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                operands.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            Option option = spec.option(name).orElseThrow(() -> new AtlasException(say.unknownOption(name)));
            if (options.containsKey(name)) {
                throw new AtlasException(say.twice(name));
            }
            String value;
            if (option.isFlag()) {
                if (equals >= 0) {
                    throw new AtlasException(say.flagWithValue(option));
                }
                value = "true";
            } else if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (i + 1 < words.size() && !spec.option(words.get(i + 1)).isPresent()) {
                value = words.get(++i);
            } else {
                throw new AtlasException(say.missingValue(option));
            }
            options.put(name, checked(option, value.strip(), say));
        }
        if (spec.operands().max() == 0 && !operands.isEmpty()) {
            // a command that takes words says itself how many, with an example
            throw new AtlasException(say.unexpected(operands.get(0)));
        }
        return new Words(spec, lang, options, operands, false);
    }

    /** --lang first, so that every other sentence is in the language asked for. */
    private static Lang language(CommandSpec spec, List<String> words, Lang fallback) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String value = word.startsWith("--lang=") ? word.substring(7)
                    : word.equals("--lang") && i + 1 < words.size() ? words.get(i + 1) : null;
            if (value != null) {
                try {
                    return Lang.parse(value.strip());
                } catch (IllegalArgumentException e) {
                    return fallback; // reported in the fallback language when --lang is checked
                }
            }
        }
        return fallback;
    }

    private static String checked(Option option, String value, Messages say) {
        if (value.isEmpty()) {
            throw new AtlasException(say.missingValue(option));
        }
        if (option.kind() == Option.Kind.NUMBER && !value.matches("[1-9]\\d{0,8}")) {
            throw new AtlasException(say.notANumber(option, value));
        }
        Choices choices = option.choices();
        if (choices != null && choices.closed()) {
            List<String> valid = choices.names();
            Optional<String> exact = valid.stream().filter(v -> v.equalsIgnoreCase(value)).findFirst();
            if (exact.isEmpty()) {
                throw new AtlasException(say.notOneOf(choices, value, valid));
            }
            return exact.get();
        }
        return value;
    }
}
