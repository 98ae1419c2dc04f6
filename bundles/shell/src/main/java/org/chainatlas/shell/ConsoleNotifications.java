package org.chainatlas.shell;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasListener;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.model.Text;
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
@Component(service = {AtlasListener.class, ConsoleNotifications.class, CommandFamily.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=watch",
})
public final class ConsoleNotifications implements AtlasListener, CommandFamily {
    /** Session variables the console loop runs before and after each command line (Runnables). */
    static final String COMMAND_STARTS = ".chainatlas.commandStarts";
    static final String COMMAND_ENDS = ".chainatlas.commandEnds";
    /** The changes a command in this session has printed itself, with when: its console need not hear them again. */
    private static final String PRINTED = ".chainatlas.printedChanges";
    /** How long a change a command printed keeps its live line away: notifications arrive a moment later. */
    private static final long PRINTED_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    /** One watch per console session: watching twice must not print every line twice. */
    private final Map<CommandSession, Watch> consoles = new ConcurrentHashMap<>();
    private final Lang lang;

    @Activate
    public ConsoleNotifications(BundleContext context) {
        this(Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()));
    }

    ConsoleNotifications(Lang lang) {
        this.lang = lang;
    }

    static final CommandSpec WATCH = new CommandSpec("atlas", "watch", CommandSpec.Group.CONSOLE,
            Text.of("图谱变化时在本控制台提示", "tell this console when the atlas changes"),
            Text.of("每当有层或数据集加入、变化或离开时，在本控制台打印一行；交互式控制台启动时即开始。再次运行不会重复提示，"
                            + "--stop 停止。本控制台中命令自己造成的变化只由该命令报告一次",
                    "print a line in this console whenever a layer or dataset arrives, changes or leaves; the"
                            + " interactive console watches from the start, watching again changes nothing and --stop"
                            + " ends it. A change a command in this console made is told once, by that command"),
            List.of(Option.flag("--stop", Text.of("停止在本控制台打印这些行", "stop printing these lines in this console")),
                    Common.json(), Common.lang()),
            Operands.NONE,
            List.of(new Example("atlas:watch", Text.of("开始提示", "start telling")),
                    new Example("atlas:watch --stop", Text.of("停止提示", "stop telling"))));

    @Override
    public List<CommandSpec> commands() {
        return List.of(WATCH);
    }

    public void watch(CommandSession session, Object... typed) {
        Common.run(WATCH, lang, session.getConsole(), typed, words -> {
            boolean stop = words.has("--stop");
            if (stop) {
                consoles.remove(session);
                session.put(COMMAND_STARTS, null);
                session.put(COMMAND_ENDS, null);
            } else {
                Object reader = session.get(".reader");
                consoles.computeIfAbsent(session, s -> new Watch(s, reader != null ? aboveThePrompt(reader)
                        : printTo(s.getConsole())));
            }
            if (words.json()) {
                com.google.gson.JsonObject state = new com.google.gson.JsonObject();
                state.addProperty("watching", !stop);
                session.getConsole().println(JsonMapper.toJson(state));
                session.getConsole().flush();
            }
        });
    }

    @Override
    public void atlasChanged(AtlasSnapshot now, List<AtlasChange> changes) {
        for (Watch watch : consoles.values()) {
            watch.changed(changes);
        }
    }

    /**
     * Notes that a command in {@code session} has just printed these changes, so that the live
     * lines for them are not printed in that console too (other consoles still get them).
     */
    static void printedByCommand(CommandSession session, List<AtlasChange> changes) {
        if (session == null || changes.isEmpty()) {
            return;
        }
        synchronized (session) {
            List<Printed> printed = new java.util.ArrayList<>(printed(session));
            long now = System.nanoTime();
            printed.removeIf(p -> now - p.at() > PRINTED_NANOS);
            for (AtlasChange change : changes) {
                printed.add(new Printed(change.summary().en(), now));
            }
            session.put(PRINTED, List.copyOf(printed));
        }
    }

    private record Printed(String change, long at) {
    }

    @SuppressWarnings("unchecked")
    private static List<Printed> printed(CommandSession session) {
        Object value = session.get(PRINTED);
        return value instanceof List<?> list ? (List<Printed>) list : List.of();
    }

    /** Takes a change a command in this session printed off the list; true if it was there. */
    private static boolean takePrinted(CommandSession session, AtlasChange change) {
        synchronized (session) {
            List<Printed> printed = new java.util.ArrayList<>(printed(session));
            long now = System.nanoTime();
            for (java.util.Iterator<Printed> it = printed.iterator(); it.hasNext(); ) {
                Printed p = it.next();
                if (now - p.at() <= PRINTED_NANOS && p.change().equals(change.summary().en())) {
                    it.remove();
                    session.put(PRINTED, List.copyOf(printed));
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One console's watch. While a command runs in that console, lines are held; when it ends,
     * those it printed itself are dropped and the rest printed.
     */
    private final class Watch {
        private final CommandSession session;
        private final Consumer<String> printer;
        private final List<AtlasChange> held = new java.util.ArrayList<>();
        private boolean running;

        Watch(CommandSession session, Consumer<String> printer) {
            this.session = session;
            this.printer = printer;
            session.put(COMMAND_STARTS, (Runnable) this::commandStarts);
            session.put(COMMAND_ENDS, (Runnable) this::commandEnds);
        }

        synchronized void changed(List<AtlasChange> changes) {
            if (running) {
                held.addAll(changes);
            } else {
                print(changes);
            }
        }

        synchronized void commandStarts() {
            running = true;
        }

        synchronized void commandEnds() {
            running = false;
            print(held);
            held.clear();
        }

        private void print(List<AtlasChange> changes) {
            for (AtlasChange change : changes) {
                if (!takePrinted(session, change)) {
                    printer.accept(change.summary().get(lang));
                }
            }
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
