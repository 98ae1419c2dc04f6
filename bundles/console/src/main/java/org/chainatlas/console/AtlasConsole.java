package org.chainatlas.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The interactive console: the terminal, the Gogo session on it, and the thread that reads and
 * runs lines. It takes the place of gogo.jline's activator (which stays unstarted) so that the
 * session writes to the terminal through a {@link CancellableOutput} and the loop is ours
 * ({@link ConsoleLoop}: Ctrl-C, Ctrl-D and errors as the atlas wants them).
 */
@Component(immediate = true)
public final class AtlasConsole {

    private final Terminal terminal;
    private final GogoCommands commands;
    private final ConsoleLoop loop;
    private final Thread thread;

    /**
     * @param failures the launcher's one-sentence description of what a command threw, shared
     *                 with {@code bin/atlas -c} (registered by the launcher with this property)
     */
    @Activate
    public AtlasConsole(BundleContext context, @Reference CommandProcessor processor,
            @Reference(target = "(chainatlas.describe=failure)") Function<Throwable, String> failures)
            throws IOException {
        terminal = TerminalBuilder.builder().name("atlas").system(true).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        Shell shell = new Shell(new Shell.Context() {
            @Override
            public String getProperty(String name) {
                return context.getProperty(name);
            }

            @Override
            public void exit() throws Exception {
                context.getBundle(0).stop();
            }
        }, processor);
        commands = new GogoCommands(context, processor, shell);
        CancellableOutput output = new CancellableOutput(terminal.output());
        CommandSession session = processor.createSession(terminal.input(), output, output);
        session.put(Shell.VAR_TERMINAL, terminal);
        session.put(Shell.VAR_CONTEXT, context);
        session.put(Shell.VAR_PROCESSOR, processor);
        session.put(Shell.VAR_SESSION, session);
        Path profile = Path.of(context.getProperty("gosh.home"), "etc", "gosh_profile");
        loop = new ConsoleLoop(context, terminal, session, output, shell, profile, failures);
        thread = new Thread(loop, "atlas console");
        thread.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        loop.stop();
        try {
            terminal.close();
        } catch (IOException e) {
            // the terminal is going away with the process
        }
        thread.interrupt();
        thread.join(1000);
        commands.close();
    }
}
