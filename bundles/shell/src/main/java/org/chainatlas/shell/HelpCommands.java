package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.HelpPage;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.command.Suggest;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * atlas:help: without a word, the atlas commands grouped, one line each; with a command, its page
 * (as {@code COMMAND --help} prints it); with a word that names no command, one sentence with a
 * did-you-mean, which is also what the console's {@code default} function says for a command it
 * cannot find. Gogo's own commands get Gogo's help. Commands are found through every
 * {@link CommandFamily} service, whichever bundle provides it.
 */
// Not a CommandFamily service itself: it tracks those, and would be its own dependency.
@Component(service = HelpCommands.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=help",
})
public final class HelpCommands implements CommandFamily {

    private final Lang defaultLang;
    private final Supplier<PrintStream> out;
    private final List<CommandFamily> families = new CopyOnWriteArrayList<>();

    @Activate
    public HelpCommands(BundleContext context) {
        this(Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()), () -> System.out);
    }

    HelpCommands(Lang defaultLang, Supplier<PrintStream> out) {
        this.defaultLang = defaultLang;
        this.out = out;
        families.add(this);
    }

    @Reference(name = "families", service = CommandFamily.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeFamily")
    void addFamily(CommandFamily family) {
        if (family != this) {
            families.add(family);
        }
    }

    void removeFamily(CommandFamily family) {
        families.remove(family);
    }

    /** Every declared command, help's own included, in the order help lists them. */
    List<CommandSpec> all() {
        List<CommandSpec> all = new ArrayList<>();
        families.forEach(f -> all.addAll(f.commands()));
        all.sort(Comparator.comparing(CommandSpec::group));
        return all;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(HELP);
    }

    static final CommandSpec HELP = new CommandSpec("atlas", "help", CommandSpec.Group.CONSOLE,
            Text.of("命令一览，或一个命令的说明", "the commands, or one command's help"),
            Text.of("不带参数时按组列出图谱命令，每个一行；带命令名时显示它的说明、用法、选项与示例",
                    "without a word, list the atlas commands by group, one line each; with a command, show its"
                            + " description, syntax, options and examples"),
            List.of(Common.json(), Common.lang()),
            Operands.of("[COMMAND]", Text.of("命令名，可带或不带 atlas: 前缀", "a command's name, with or without atlas:"), 0, 1),
            List.of(new Example("help", Text.of("命令一览", "the commands")),
                    new Example("help atlas:list --lang zh", Text.of("atlas:list 的说明，中文", "atlas:list's help, in Chinese"))));

    public void help(CommandSession session, Object... typed) {
        Common.run(HELP, defaultLang, out.get(), typed, words -> {
            PrintStream print = out.get();
            if (words.operands().isEmpty()) {
                overview(words.lang(), words.json()).forEach(print::println);
            } else {
                String name = words.operands().get(0);
                Optional<CommandSpec> spec = find(name);
                if (spec.isPresent()) {
                    HelpPage.render(spec.get(), words.lang()).forEach(print::println);
                } else if (session != null && known(session).contains(name)) {
                    print.flush();
                    gogoHelp(session, name);
                } else {
                    throw new AtlasException(noCommand(name, session == null ? List.of() : known(session), words.lang()));
                }
            }
            print.flush();
        });
    }

    private Optional<CommandSpec> find(String name) {
        return all().stream().filter(s -> s.qualified().equals(name) || s.name().equals(name)).findFirst();
    }

    private List<String> overview(Lang lang, boolean json) {
        if (json) {
            return List.of(JsonMapper.toJson(JsonMapper.array(all(), s -> {
                com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                o.addProperty("command", s.qualified());
                o.addProperty("group", s.group().name().toLowerCase(Locale.ROOT));
                o.add("summary", JsonMapper.text(s.summary()));
                return o;
            })));
        }
        List<String> lines = new ArrayList<>();
        int width = all().stream().mapToInt(s -> s.qualified().length()).max().orElse(0);
        CommandSpec.Group group = null;
        for (CommandSpec spec : all()) {
            if (spec.group() != group) {
                group = spec.group();
                lines.add((lines.isEmpty() ? "" : "\n") + group.title().get(lang));
            }
            lines.add("  " + spec.qualified() + " ".repeat(width - spec.qualified().length() + 2) + spec.summary().get(lang));
        }
        lines.add("");
        lines.add(lang == Lang.ZH ? "help 命令 或 命令 --help 显示一个命令的说明；felix:help 列出 Gogo 自己的命令。"
                : "help COMMAND or COMMAND --help shows a command's help; felix:help lists Gogo's own commands.");
        return lines;
    }

    /** "no command 'atlas:lsit'; did you mean atlas:list? (help lists the commands)". */
    static String noCommand(String name, Collection<String> known, Lang lang) {
        String hint = Suggest.closest(name, known.stream().filter(c -> c.contains(":") == name.contains(":")).toList())
                .map(c -> lang == Lang.ZH ? "是否想用 " + c + "？" : "did you mean " + c + "? ").orElse("");
        if (hint.isEmpty()) {
            return lang == Lang.ZH ? "没有命令 '" + name + "'（help 列出所有命令）" : "no command '" + name + "' (help lists the commands)";
        }
        return lang == Lang.ZH ? "没有命令 '" + name + "'；" + hint + "（help 列出所有命令）"
                : "no command '" + name + "'; " + hint + "(help lists the commands)";
    }

    /** The names the session resolves, each as scope:name and bare, without Gogo's internals (__files...). */
    @SuppressWarnings("unchecked")
    private static List<String> known(CommandSession session) {
        List<String> names = new ArrayList<>();
        Object commands = session.get(".commands");
        if (commands instanceof Collection<?> all) {
            for (Object c : all) {
                String name = String.valueOf(c);
                String bare = name.substring(name.indexOf(':') + 1);
                if (!bare.startsWith("_")) {
                    names.add(name);
                    names.add(bare);
                }
            }
        }
        return names;
    }

    private static void gogoHelp(CommandSession session, String name) {
        try {
            session.execute("felix:help " + name);
        } catch (Exception e) {
            throw new AtlasException("no help for '" + name + "'");
        }
    }
}
