package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.model.Lang;

/**
 * The atlas commands' shapes read from their own declarations ({@link CommandSpec}, the ones the
 * parser and help use), so completion cannot offer an option a command does not take. The
 * families come from a supplier (the {@link CommandFamily} services, looked up at each use, so an
 * atlas:import that arrives later is included); internals (names starting with "_") are left out.
 */
final class DeclaredCommandShapes implements CommandShapes {
    private final Supplier<List<CommandFamily>> families;
    private final Lang lang;

    DeclaredCommandShapes(Supplier<List<CommandFamily>> families, Lang lang) {
        this.families = families;
        this.lang = lang;
    }

    @Override
    public List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        for (CommandFamily family : families.get()) {
            for (CommandSpec spec : family.commands()) {
                if (!spec.name().startsWith("_")) {
                    commands.add(shape(spec));
                }
            }
        }
        commands.sort(Comparator.comparing(Command::name));
        return commands;
    }

    private Command shape(CommandSpec spec) {
        List<Option> options = new ArrayList<>();
        for (org.chainatlas.api.command.Option o : spec.options()) {
            ValueKind kind = o.isFlag() ? ValueKind.NONE
                    : o.kind() == org.chainatlas.api.command.Option.Kind.FILE ? ValueKind.FILE : ValueKind.ofOption(o.name());
            options.add(new Option(o.name(), o.help().get(lang), kind));
        }
        return new Command(spec.qualified(), spec.description().get(lang), List.copyOf(options),
                ValueKind.ofOperands(spec.name()));
    }
}
