package org.chainatlas.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;

/** One run of the framework: started at the level without console, then used once, then stopped. */
final class Launcher implements AutoCloseable {

    static final String CONSOLE_BUNDLE = "org.chainatlas.console";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final StorageLock lock;
    private final RunMarker marker;
    private final Framework framework;
    private final StartLevels levels;
    private final Duration readyTimeout;
    private final Repairs repairs;
    private final Thread shutdownHook;

    private Launcher(StorageLock lock, RunMarker marker, Booted booted, StartLevels levels, Duration readyTimeout) {
        this.lock = lock;
        this.marker = marker;
        this.framework = booted.framework();
        this.repairs = booted.repairs();
        this.levels = levels;
        this.readyTimeout = readyTimeout;
        // Ctrl-C or a kill while a command runs: let the bundles stop and the cache be written.
        this.shutdownHook = new Thread(() -> {
            stopQuietly(booted.framework());
            marker.close(); // stopped in order: the next run has nothing to report
        }, "chainatlas-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static Launcher start(Home home, Configuration configuration, boolean clean) throws LaunchException {
        StartLevels levels = configuration.startLevels();
        Duration readyTimeout = Duration.ofSeconds(configuration.integer(Configuration.READY_TIMEOUT, 30));
        StorageLock lock = StorageLock.acquire(storage(home, configuration), "data/cache");
        RunMarker marker = RunMarker.place(storage(home, configuration));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // jline finds its terminal through the context class loader, which cannot see into bundles;
        // Felix's start-level thread, created by init(), inherits it from here (docs/osgi-pitfalls.md, pitfall 2).
        thread.setContextClassLoader(null);
        try {
            return new Launcher(lock, marker, boot(home, configuration, clean, levels), levels, readyTimeout);
        } catch (LaunchException | RuntimeException e) {
            marker.close();
            lock.close();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Path storage(Home home, Configuration configuration) {
        return home.root().resolve(configuration.get(Constants.FRAMEWORK_STORAGE, "felix-cache"));
    }

    /** A started framework, and what its start put right. */
    private record Booted(Framework framework, Repairs repairs) {
    }

    private static Booted boot(Home home, Configuration configuration, boolean clean, StartLevels levels)
            throws LaunchException {
        Map<String, Object> properties = configuration.frameworkProperties();
        properties.put("felix.log.logger", new FelixLogger());
        if (clean) {
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        Framework framework = new Felix(properties);
        try {
            framework.init();
            KillPoint killPoint = KillPoint.fromSystemProperties();
            killPoint.watch(framework.getBundleContext());
            Repairs repairs = new BundleDirectory(home.bundles(), levels, killPoint).synchronise(framework.getBundleContext());
            if (!repairs.isEmpty()) {
                log().warning("the boot bundles were out of place; " + repairs.describeInFull());
            }
            resolveUpTo(framework, levels.beginning());
            framework.start();
            return new Booted(framework, repairs);
        } catch (BundleException | IOException | RuntimeException e) {
            stopQuietly(framework);
            throw new LaunchException(startFailure(e), e);
        }
    }

    /**
     * Resolves every bundle the framework will start on its way to {@code level} in one resolver
     * pass. Left to itself, Felix resolves each bundle as it starts it: one pass per bundle, each
     * going over the system bundle's few hundred exports again (about 20 ms of a one-off command).
     * A bundle that cannot be resolved is left for its start to report, as before.
     */
    private static void resolveUpTo(Framework framework, int level) {
        List<Bundle> starting = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != Constants.SYSTEM_BUNDLE_ID
                    && bundle.adapt(BundleStartLevel.class).getStartLevel() <= level) {
                starting.add(bundle);
            }
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(starting);
    }

    private static String startFailure(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return "the OSGi framework did not start: " + message + "; see log/chainatlas.log";
    }

    /** {@code atlas -c}: runs the line once the atlas is ready; 0 if it succeeded, 1 if not. */
    int execute(String line, Console console) throws LaunchException {
        return run(line, session -> session.execute(line), console);
    }

    /** {@code atlas COMMAND ARG...}: runs one command, each argument a literal word; 0 if it succeeded, 1 if not. */
    int executeLiteral(List<String> words, Console console) throws LaunchException {
        return run(String.join(" ", words), session -> session.executeLiteral(words), console);
    }

    /** What a one-off run does in its session. */
    private interface Script {
        Object runIn(GogoSession session) throws GogoSession.CommandFailure;
    }

    private int run(String what, Script script, Console console) throws LaunchException {
        new AtlasReadiness(framework.getBundleContext()).await(readyTimeout);
        tellWhatWasRecovered(console);
        return runInSession(what, script, console, null);
    }

    /**
     * A command from another terminal while this console is open ({@link AttachServer}): run as
     * {@code atlas -c} or {@code atlas COMMAND ARG...} would run it alone, relative paths resolved
     * against the directory it was given in.
     */
    int executeAttached(AttachProtocol.Request request, Console console) throws LaunchException {
        new AtlasReadiness(framework.getBundleContext()).await(readyTimeout);
        Script script = request.kind() == AttachProtocol.SCRIPT
                ? session -> session.execute(request.words().get(0))
                : session -> session.executeLiteral(request.words());
        return runInSession(String.join(" ", request.words()), script, console, request.directory());
    }

    /** @param directory the session's current directory, or null for the process's own */
    private int runInSession(String what, Script script, Console console, Path directory) throws LaunchException {
        try (GogoSession session = GogoSession.open(framework.getBundleContext(), console.in(), console.out(),
                console.err())) {
            if (directory != null) {
                session.currentDir(directory);
            }
            try {
                Object result = script.runIn(session);
                if (result != null) {
                    console.out().println(session.format(result));
                }
                return 0;
            } catch (GogoSession.CommandFailure e) {
                log().log(Level.INFO, "command failed: " + what, e.getCause());
                console.out().flush();
                console.err().println(describe(e.getCause(), session));
                return Main.FAILED;
            }
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    /**
     * The one line for a failure; for an unknown command, atlas:help's sentence, which suggests the
     * command meant (as the console's {@code default} does).
     */
    private static String describe(Throwable failure, GogoSession session) {
        String missing = Failures.missingCommandName(failure);
        if (missing != null) {
            try {
                session.executeLiteral(List.of("atlas:help", missing));
            } catch (GogoSession.CommandFailure suggestion) {
                return Failures.describe(suggestion.getCause());
            }
        }
        return Failures.describe(failure);
    }

    /** {@code atlas}: opens the console and returns when the framework stops (exit, Ctrl-D). */
    int console(Console console) throws LaunchException {
        new AtlasReadiness(framework.getBundleContext()).await(readyTimeout);
        tellWhatWasRecovered(console);
        // The console says what a command threw as -c does: one sentence, from the same code.
        Function<Throwable, String> describe = Failures::describe;
        framework.getBundleContext().registerService(Function.class, describe,
                new Hashtable<>(Map.of("chainatlas.describe", "failure")));
        raiseTo(levels.console());
        if (!isActive(CONSOLE_BUNDLE)) {
            throw new LaunchException("no console: bundle " + CONSOLE_BUNDLE + " is not active; see log/chainatlas.log");
        }
        try {
            framework.waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** One line, after a run that was killed or a start that had to put boot bundles right. */
    private void tellWhatWasRecovered(Console console) {
        if (marker.interrupted()) {
            console.err().println(RunMarker.recovered(framework.getBundleContext())
                    + (repairs.isEmpty() ? "" : "; repaired: " + repairs.describe()));
        } else if (!repairs.isEmpty()) {
            console.err().println("atlas: repaired the installation: " + repairs.describe());
        }
        console.err().flush();
    }

    private void raiseTo(int level) throws LaunchException {
        CountDownLatch raised = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(level, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                raised.countDown();
            }
        });
        try {
            if (!raised.await(readyTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LaunchException("the console did not start within " + readyTimeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while the console was starting");
        }
    }

    private boolean isActive(String symbolicName) {
        BundleContext context = framework.getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                return true;
            }
        }
        return false;
    }

    /** The framework's own context: for tests that install, stop or uninstall bundles. */
    BundleContext context() {
        return framework.getBundleContext();
    }

    @Override
    public void close() {
        stopQuietly(framework);
        marker.close();
        lock.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway, and finds nothing to stop
        }
    }

    /** Stops the bundles and writes the cache; a failure here is logged, the user's run is over. */
    private static void stopQuietly(Framework framework) {
        if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) == 0) {
            return;
        }
        try {
            framework.stop();
            FrameworkEvent stopped = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (stopped.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                log().warning("the framework did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
            }
        } catch (BundleException | RuntimeException e) {
            log().log(Level.WARNING, "cannot stop the framework", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Looked up when needed: java.util.logging initialises only in runs that log something. */
    private static Logger log() {
        return Logger.getLogger(Launcher.class.getName());
    }
}
