package org.chainatlas.shell;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasListener;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Live notifications: a console that ran {@code atlas:watch} gets one line for each layer or
 * dataset that arrives, changes or leaves. In the interactive console the line is printed above
 * the prompt through JLine's LineReader (found reflectively as the session's {@code .reader}, so
 * this bundle does not need JLine), leaving what the user is typing intact.
 */
@Component(service = {AtlasListener.class, ConsoleNotifications.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=watch",
})
public final class ConsoleNotifications implements AtlasListener {
    /** One line printer per console session: watching twice must not print every line twice. */
    private final Map<CommandSession, Consumer<String>> consoles = new ConcurrentHashMap<>();
    private final Lang lang;

    @Activate
    public ConsoleNotifications(BundleContext context) {
        this.lang = Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault());
    }

    @Descriptor("print a line in this console whenever a layer or dataset arrives, changes or leaves;"
            + " the interactive console watches from the start, and watching again changes nothing")
    public void watch(CommandSession session,
            @Descriptor("stop printing these lines in this console") @Parameter(names = "--stop",
                    presentValue = "true", absentValue = "false") boolean stop) {
        if (stop) {
            consoles.remove(session);
            return;
        }
        Object reader = session.get(".reader");
        consoles.putIfAbsent(session, reader != null ? aboveThePrompt(reader) : printTo(session.getConsole()));
    }

    @Override
    public void atlasChanged(AtlasSnapshot now, List<AtlasChange> changes) {
        for (AtlasChange change : changes) {
            String line = change.summary().get(lang);
            consoles.values().forEach(console -> console.accept(line));
        }
    }

    private static Consumer<String> aboveThePrompt(Object reader) {
        try {
            Method printAbove = reader.getClass().getMethod("printAbove", String.class);
            return line -> {
                try {
                    printAbove.invoke(reader, line);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // The console has closed; nothing to tell.
                }
            };
        } catch (NoSuchMethodException e) {
            return line -> { };
        }
    }

    private static Consumer<String> printTo(PrintStream console) {
        return line -> {
            console.println(line);
            console.flush();
        };
    }
}
