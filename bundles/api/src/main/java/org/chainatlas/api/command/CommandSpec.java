package org.chainatlas.api.command;

import java.util.List;
import java.util.Optional;
import org.chainatlas.api.model.Text;

/**
 * One console command, declared once: the parser, help and completion all read this.
 * {@code summary} is help's one line for the command list; {@code description} the paragraph of
 * its own page.
 */
public record CommandSpec(String scope, String name, Group group, Text summary, Text description,
                          List<Option> options, Operands operands, List<Example> examples) {

    /** Where `help` lists a command. */
    public enum Group {
        EXPLORE(Text.of("浏览", "explore")),
        FIGURES(Text.of("数字", "figures")),
        MAPS(Text.of("图谱与导出", "map & exports")),
        DATASETS(Text.of("数据集与安装", "datasets & install")),
        CONSOLE(Text.of("控制台", "console"));

        private final Text title;

        Group(Text title) {
            this.title = title;
        }

        public Text title() {
            return title;
        }
    }

    public CommandSpec {
        options = List.copyOf(options);
        examples = List.copyOf(examples);
    }

    /** "atlas:list". */
    public String qualified() {
        return scope + ":" + name;
    }

    public Optional<Option> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    public List<String> optionNames() {
        return options.stream().map(Option::name).toList();
    }

    /** "atlas:list [--layer LAYER] [--all] ID", as help's SYNTAX shows it. */
    public String syntax() {
        StringBuilder line = new StringBuilder(qualified());
        for (Option o : options) {
            line.append(" [").append(o.name()).append(o.isFlag() ? "" : " " + o.value()).append(']');
        }
        if (!operands.syntax().isEmpty()) {
            line.append(' ').append(operands.syntax());
        }
        return line.toString();
    }
}
