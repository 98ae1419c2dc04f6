package org.chainatlas.console;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import org.apache.felix.gogo.jline.Builtin;
import org.apache.felix.gogo.jline.Converters;
import org.apache.felix.gogo.jline.Posix;
import org.apache.felix.gogo.jline.Procedural;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * gogo.jline's commands (echo, each, if, grep, sort, setopt, source, …) and its converters,
 * registered as its own activator would: the console uses gogo.jline as a library and does not
 * start it, since its activator would open a second console of its own.
 */
final class GogoCommands implements AutoCloseable {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    GogoCommands(BundleContext context, CommandProcessor processor, Shell shell) {
        registrations.add(context.registerService(Converter.class.getName(),
                new Converters(context.getBundle(0).getBundleContext()), null));
        register(context, new Builtin(), Builtin.class);
        register(context, new Procedural(), Procedural.class);
        register(context, new Posix(processor), Posix.class);
        register(context, shell, Shell.class);
    }

    private void register(BundleContext context, Object commands, Class<?> type) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CommandProcessor.COMMAND_SCOPE, "gogo");
        properties.put(CommandProcessor.COMMAND_FUNCTION, functions(type));
        registrations.add(context.registerService(type.getName(), commands, properties));
    }

    /** Each class lists its command names in a package-private field, which its activator reads. */
    private static String[] functions(Class<?> type) {
        try {
            Field field = type.getDeclaredField("functions");
            field.setAccessible(true);
            return (String[]) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this gogo.jline does not list the commands of " + type.getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
