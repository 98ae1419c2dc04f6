package org.chainatlas.shell;

import java.util.List;
import java.util.Optional;

/**
 * What Tab completion needs to know of the atlas commands: per command its options and the kind
 * of value each takes, and the kind of its other words. Kept behind this interface so that the
 * source can change (the commands' declarations, {@link DeclaredCommandShapes}) without
 * touching the candidates.
 */
interface CommandShapes {

    List<Command> commands();

    default Optional<Command> command(String name) {
        return commands().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A command as Gogo knows it ("atlas:list"), with what its words mean. */
    record Command(String name, String description, List<Option> options, ValueKind operands) {

        Optional<Option> option(String name) {
            return options.stream().filter(o -> o.name().equals(name)).findFirst();
        }
    }

    /** An option ("--layer"); a flag takes {@link ValueKind#NONE}. */
    record Option(String name, String description, ValueKind value) {
    }
}
