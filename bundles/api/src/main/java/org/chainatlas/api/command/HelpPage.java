package org.chainatlas.api.command;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;

/**
 * A command's help as Karaf lays it out: DESCRIPTION, SYNTAX, OPTIONS (with value names, defaults
 * and the values there are) and EXAMPLES, read from its {@link CommandSpec}.
 */
public final class HelpPage {

    public static final Text DESCRIPTION = Text.of("说明", "DESCRIPTION");
    public static final Text SYNTAX = Text.of("用法", "SYNTAX");
    public static final Text OPTIONS = Text.of("选项", "OPTIONS");
    public static final Text EXAMPLES = Text.of("示例", "EXAMPLES");
    private static final String INDENT = "        ";
    private static final int SHOWN_VALUES = 12;

    private HelpPage() {
    }

    public static List<String> render(CommandSpec spec, Lang lang) {
        boolean zh = lang == Lang.ZH;
        List<String> lines = new ArrayList<>();
        lines.add(DESCRIPTION.get(lang));
        lines.add(INDENT + spec.qualified());
        lines.add("");
        lines.add(INDENT + spec.description().get(lang));
        lines.add("");
        lines.add(SYNTAX.get(lang));
        lines.add(INDENT + spec.syntax());
        if (!spec.operands().syntax().isEmpty()) {
            lines.add(INDENT + INDENT + spec.operands().syntax() + ": " + spec.operands().help().get(lang));
        }
        lines.add("");
        lines.add(OPTIONS.get(lang));
        for (Option o : spec.options()) {
            lines.add(INDENT + o.name() + (o.isFlag() ? "" : " " + o.value()));
            lines.add(INDENT + INDENT + o.help().get(lang)
                    + (o.byDefault() == null ? "" : zh ? "（默认：" + o.byDefault() + "）" : " (default: " + o.byDefault() + ")"));
            if (o.choices() != null) {
                List<String> values = o.choices().names();
                if (!values.isEmpty()) {
                    String shown = String.join(", ", values.subList(0, Math.min(SHOWN_VALUES, values.size())))
                            + (values.size() > SHOWN_VALUES ? ", …" : "");
                    lines.add(INDENT + INDENT + (zh ? "可选值：" : "values: ") + shown);
                }
            }
        }
        lines.add(INDENT + "--help, -h");
        lines.add(INDENT + INDENT + (zh ? "显示本说明" : "show this help"));
        lines.add("");
        lines.add(EXAMPLES.get(lang));
        for (Example e : spec.examples()) {
            lines.add(INDENT + e.line());
            lines.add(INDENT + INDENT + e.what().get(lang));
        }
        return lines;
    }
}
