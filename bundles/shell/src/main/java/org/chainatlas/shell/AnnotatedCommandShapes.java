package org.chainatlas.shell;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;

/**
 * The atlas commands' shapes read from the Gogo annotations on their methods, the same ones Gogo
 * parses the line with, so completion cannot offer an option a command does not take. The command
 * objects come from a supplier (the command services of scope atlas, looked up at each use, so an
 * atlas:import that arrives later is included); internals (names starting with "_") are left out.
 */
final class AnnotatedCommandShapes implements CommandShapes {

    /** A registered command object and the function names it was registered with. */
    record Registered(String scope, Object target, List<String> functions) {
    }

    private final Supplier<List<Registered>> registered;

    AnnotatedCommandShapes(Supplier<List<Registered>> registered) {
        this.registered = registered;
    }

    @Override
    public List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        for (Registered r : registered.get()) {
            for (String function : r.functions()) {
                if (!function.startsWith("_")) {
                    method(r.target().getClass(), function).ifPresent(m -> commands.add(shape(r.scope(), function, m)));
                }
            }
        }
        commands.sort(Comparator.comparing(Command::name));
        return commands;
    }

    /** The public method Gogo calls for {@code function} ("import" is "_import", a Java keyword). */
    private static java.util.Optional<Method> method(Class<?> type, String function) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(function) || m.getName().equals("_" + function))
                .findFirst();
    }

    private static Command shape(String scope, String function, Method method) {
        List<Option> options = new ArrayList<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            Parameter parameter = find(annotations, Parameter.class);
            if (parameter != null) {
                Descriptor descriptor = find(annotations, Descriptor.class);
                String name = parameter.names()[0];
                boolean flag = !Parameter.UNSPECIFIED.equals(parameter.presentValue());
                options.add(new Option(name, descriptor == null ? "" : descriptor.value(),
                        flag ? ValueKind.NONE : ValueKind.ofOption(name)));
            }
        }
        Descriptor descriptor = method.getAnnotation(Descriptor.class);
        return new Command(scope + ":" + function, descriptor == null ? "" : descriptor.value(), List.copyOf(options),
                ValueKind.ofOperands(function));
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
