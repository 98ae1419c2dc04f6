package org.chainatlas.api.command;

import java.util.List;
import java.util.function.Supplier;
import org.chainatlas.api.model.Text;

/**
 * The values an option or operand takes: what one of them is called ({@code one}, {@code many}:
 * "layer", "layers"), where they come from (asked afresh each time: layers and formats come and
 * go while the atlas runs) and whether anything else is refused by the parser ({@code closed}) or
 * left to the command, which knows more (a region may also be a place's name or code).
 */
public record Choices(Text one, Text many, boolean closed, Supplier<List<Choice>> values) {

    public static Choices closed(Text one, Text many, Supplier<List<Choice>> values) {
        return new Choices(one, many, true, values);
    }

    public static Choices open(Text one, Text many, Supplier<List<Choice>> values) {
        return new Choices(one, many, false, values);
    }

    /** The values as they are now. */
    public List<Choice> list() {
        List<Choice> list = values.get();
        return list == null ? List.of() : list;
    }

    public List<String> names() {
        return list().stream().map(Choice::value).toList();
    }
}
