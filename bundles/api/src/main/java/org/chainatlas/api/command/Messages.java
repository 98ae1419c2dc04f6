package org.chainatlas.api.command;

import java.util.List;
import java.util.Optional;
import org.chainatlas.api.model.Lang;

/** The parser's sentences, in the language the user asked for. */
record Messages(CommandSpec spec, Lang lang) {

    private boolean zh() {
        return lang == Lang.ZH;
    }

    String unknownOption(String word) {
        String hint = didYouMean(word, spec.optionNames());
        return zh() ? spec.qualified() + " 没有选项 '" + word + "'；" + hint + options()
                : "unknown option '" + word + "' for " + spec.qualified() + "; " + hint + options();
    }

    String unexpected(String word) {
        return zh() ? spec.qualified() + " 不接受参数 '" + word + "'；" + options()
                : "unexpected argument '" + word + "' for " + spec.qualified() + "; " + options();
    }

    String twice(String option) {
        return zh() ? spec.qualified() + " 的 " + option + " 只能给一次"
                : spec.qualified() + " takes " + option + " only once";
    }

    String flagWithValue(Option option) {
        return zh() ? option.name() + " 不带值；只写 " + option.name()
                : option.name() + " takes no value; write just " + option.name();
    }

    String missingValue(Option option) {
        String valid = option.choices() == null || option.choices().names().isEmpty() ? ""
                : (zh() ? "；" : "; ") + list(option.choices());
        return zh() ? spec.qualified() + " 的 " + option.name() + " 需要一个值（" + option.value() + "）" + valid
                : spec.qualified() + " " + option.name() + " needs a value (" + option.value() + ")" + valid;
    }

    String notANumber(Option option, String value) {
        return zh() ? option.name() + " 需要 1 或更大的整数，而不是 '" + value + "'"
                : option.name() + " takes a whole number of 1 or more, got '" + value + "'";
    }

    String notOneOf(Choices choices, String value, List<String> valid) {
        if (valid.isEmpty()) {
            return zh() ? "没有" + choices.one().zh() + " '" + value + "'；尚未安装任何" + choices.one().zh()
                    : "no " + choices.one().en() + " '" + value + "'; no " + choices.many().en() + " are installed";
        }
        String hint = didYouMean(value, valid);
        return zh() ? "没有" + choices.one().zh() + " '" + value + "'；" + hint + list(choices)
                : "no " + choices.one().en() + " '" + value + "'; " + hint + list(choices);
    }

    /** "layers: base, middle" / "可选的层：base、middle". */
    private String list(Choices choices) {
        return zh() ? "可选的" + choices.many().zh() + "：" + String.join("、", choices.names())
                : choices.many().en() + ": " + String.join(", ", choices.names());
    }

    private String options() {
        return zh() ? "选项：" + String.join("、", spec.optionNames()) + "（--help 看说明）"
                : "options: " + String.join(", ", spec.optionNames());
    }

    private String didYouMean(String word, List<String> valid) {
        Optional<String> closest = Suggest.closest(word, valid);
        return closest.map(c -> zh() ? "是否想用 " + c + "？" : "did you mean " + c + "? ").orElse("");
    }
}
