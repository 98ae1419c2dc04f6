package org.chainatlas.launcher;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code bin/atlas}: starts the OSGi framework with the distribution's bundles and either opens the
 * console or runs one command line ({@code -c}) and exits with its status.
 *
 * <p>Only the Felix framework is on the launcher's class path; it talks to the bundles through
 * service names and reflection, so no class is shared with them.
 */
public final class Main {

    /** Exit status of a command that failed, or of a start-up that did not reach the console. */
    static final int FAILED = 1;
    /** Exit status of a command line the launcher itself could not understand. */
    static final int USAGE = 2;
    /** How often a one-off command looks again while another atlas holds the installation. */
    private static final long WAIT_MILLIS = 25;

    private Main() {
    }

    public static void main(String[] args) {
        // First of all: Gogo replaces System.out/err/in when it starts (pitfall 1), and the
        // framework's own chatter must go to the log, not the console.
        Console console = Console.utf8();
        System.exit(run(console, args));
    }

    static int run(Console console, String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            console.err().println(e.getMessage());
            return USAGE;
        }
        if (options.help()) {
            console.out().print(Options.USAGE);
            console.out().flush();
            return 0;
        }
        try {
            if (!options.console()) {
                // Before anything heavy: a command that attaches to an open console needs no framework.
                int attached = AttachClient.run(Home.locate().root(), options, console);
                if (attached != AttachClient.NOT_ATTACHED) {
                    return attached;
                }
            }
            return launch(console, options);
        } catch (LaunchException e) {
            if (e.getCause() != null) {
                Logger.getLogger(Main.class.getName()).log(Level.SEVERE, e.getMessage(), e.getCause());
            }
            console.err().println(e.getMessage());
            return FAILED;
        }
    }

    private static int launch(Console console, Options options) throws LaunchException {
        Preload preload = Preload.start();
        Home home = Home.locate();
        Logging.install(home);
        Configuration configuration = Configuration.load(home);
        Logging.setLevel(configuration.get(Configuration.LOG_LEVEL, "INFO"));
        preload.loggingConfigured();
        Launcher started = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(configuration.integer(Configuration.READY_TIMEOUT, 30));
        while (started == null) {
            try {
                started = Launcher.start(home, configuration, options.clean());
            } catch (StorageLock.Busy busy) {
                // A console starting (its socket comes next) or another one-off command: a script's
                // parallel commands take turns, or join the console, rather than fail.
                if (options.console() || options.clean() || System.nanoTime() > deadline) {
                    throw busy;
                }
                pause();
                int attached = AttachClient.run(home.root(), options, console);
                if (attached != AttachClient.NOT_ATTACHED) {
                    return attached;
                }
            }
        }
        try (Launcher launcher = started) {
            if (options.console()) {
                try (AttachServer server = AttachServer.open(home, launcher)) {
                    return launcher.console(console);
                }
            }
            AttachServer.removeStale(home);
            return options.command() != null
                    ? launcher.execute(options.command(), console)
                    : launcher.executeLiteral(options.words(), console);
        }
    }

    private static void pause() throws LaunchException {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while another atlas held this installation");
        }
    }
}
