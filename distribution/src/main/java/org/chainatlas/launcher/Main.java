package org.chainatlas.launcher;

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
        try (Launcher launcher = Launcher.start(home, configuration, options.clean())) {
            if (options.console()) {
                return launcher.console(console);
            }
            return options.command() != null
                    ? launcher.execute(options.command(), console)
                    : launcher.executeLiteral(options.words(), console);
        }
    }
}
