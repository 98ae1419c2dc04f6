package org.chainatlas.console;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.felix.gogo.jline.Expander;
import org.apache.felix.gogo.jline.Highlighter;
import org.apache.felix.gogo.jline.ParsedLineImpl;
import org.apache.felix.gogo.jline.Parser;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.gogo.runtime.CommandSessionImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.felix.service.command.Job;
import org.jline.builtins.Completers;
import org.jline.builtins.Completers.CompletionData;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Reads a line, runs it, prints its result or one sentence, again: gogo.jline's shell loop, but
 * Ctrl-C during a command prints {@code interrupted} and the console keeps working, a failure is
 * never a Java class name, and Ctrl-D (or the end of input) stops the atlas without a word.
 */
final class ConsoleLoop implements Runnable {

    static final String INTERRUPTED = "interrupted";

    private final BundleContext context;
    private final Terminal terminal;
    private final CommandSession session;
    private final CancellableOutput output;
    private final Shell shell;
    private final Path profile;
    private final Function<Throwable, String> failures;
    private volatile boolean stopping;

    ConsoleLoop(BundleContext context, Terminal terminal, CommandSession session, CancellableOutput output,
            Shell shell, Path profile, Function<Throwable, String> failures) {
        this.context = context;
        this.terminal = terminal;
        this.session = session;
        this.output = output;
        this.shell = shell;
        this.profile = profile;
        this.failures = failures;
    }

    void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            } // else the terminal closed under a command that was stopping the atlas ('exit')
        }
    }

    private void loop() {
        LineReader reader = reader();
        session.put(Shell.VAR_READER, reader);
        session.put(Shell.VAR_COMPLETIONS, new HashMap<String, List<CompletionData>>());
        session.put("#COLUMNS", (org.apache.felix.service.command.Function) (s, arguments) -> terminal.getWidth());
        session.put("#LINES", (org.apache.felix.service.command.Function) (s, arguments) -> terminal.getHeight());
        if (Files.isRegularFile(profile)) {
            run(() -> shell.source(session, profile.toUri().toString()));
        }
        // Ctrl-C while a command runs; while a line is being read, the reader has it (it clears the line).
        terminal.handle(Terminal.Signal.INT, signal -> {
            if (session.foregroundJob() != null) {
                output.cancel();
            }
        });
        while (!stopping) {
            ParsedLine line;
            try {
                reader.readLine(Shell.getPrompt(session), Shell.getRPrompt(session), (Character) null, null);
                line = reader.getParsedLine();
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            } catch (RuntimeException e) {
                break; // the terminal was closed: the atlas is stopping
            }
            if (line != null) {
                // the atlas's notifications hold their lines while a command runs (see ConsoleNotifications)
                hook(".chainatlas.commandStarts");
                try {
                    run(() -> session.execute(((ParsedLineImpl) line).program()));
                } finally {
                    hook(".chainatlas.commandEnds");
                }
            }
        }
        if (!stopping) {
            // Ctrl-D: leave the shell's prompt on a line of its own, and stop the atlas.
            terminal.writer().println();
            terminal.flush();
            stopFramework();
        }
    }

    private void hook(String name) {
        if (session.get(name) instanceof Runnable hook) {
            hook.run();
        }
    }

    /** A line, or the profile: run in the session, giving its result. */
    private interface Program {
        Object get() throws Exception;
    }

    private void run(Program program) {
        output.resume();
        PrintWriter writer = terminal.writer();
        try {
            Object result = program.get();
            session.put(Shell.VAR_RESULT, result);
            if (result != null && !Boolean.FALSE.equals(session.get(".Gogo.format"))) {
                writer.println(session.format(result, Converter.INSPECT));
            }
        } catch (Exception e) {
            session.put(Shell.VAR_EXCEPTION, e);
            writer.println(output.cancelled() ? INTERRUPTED : failures.apply(e));
        }
        terminal.flush();
        awaitForegroundJob();
    }

    private LineReader reader() {
        Completers.CompletionEnvironment environment = new Completers.CompletionEnvironment() {
            @Override
            @SuppressWarnings("unchecked")
            public Map<String, List<CompletionData>> getCompletions() {
                return (Map<String, List<CompletionData>>) session.get(Shell.VAR_COMPLETIONS);
            }

            @Override
            public Set<String> getCommands() {
                return Shell.getCommands(session);
            }

            @Override
            public String resolveCommand(String command) {
                return Shell.resolve(session, command);
            }

            @Override
            public String commandName(String command) {
                return command.substring(command.indexOf(':') + 1);
            }

            @Override
            public Object evaluate(LineReader reader, ParsedLine line, String function) throws Exception {
                session.put(Shell.VAR_COMMAND_LINE, line);
                return session.execute(function);
            }
        };
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .variables(((CommandSessionImpl) session).getVariables())
                .completer(new Completers.Completer(environment))
                .highlighter(new Highlighter(session))
                .parser(new Parser())
                .expander(new Expander(session))
                .build();
        reader.setOpt(LineReader.Option.AUTO_FRESH_LINE);
        return reader;
    }

    /** A line may leave a job in the foreground (Gogo's job control); the prompt waits for it. */
    private void awaitForegroundJob() {
        for (Job job = session.foregroundJob(); job != null; job = session.foregroundJob()) {
            synchronized (job) {
                if (job.status() != Job.Status.Foreground) {
                    return;
                }
                try {
                    job.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void stopFramework() {
        try {
            context.getBundle(0).stop();
        } catch (BundleException e) {
            terminal.writer().println("the atlas did not stop: " + e.getMessage());
        }
    }
}
