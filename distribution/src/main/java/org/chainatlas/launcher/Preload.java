package org.chainatlas.launcher;

import java.util.Locale;
import java.util.logging.LogManager;

/**
 * Runs, on a thread of its own, static initialisers that every start reaches later on the main
 * and start-level threads: the JDK's SecurityManager (which Felix's bundle class extends), Felix's
 * utilities (its default properties and the JDK's module map), java.util.Formatter (Felix formats
 * the Java version) and java.util.logging (Gogo's first logger). They cost about 25 ms of one core
 * at every start; here they run on the other core while the main thread constructs the framework.
 * Nothing waits for this thread: a class the main thread reaches first initialises there, and one
 * this thread is still initialising is simply waited for, as it would have been run.
 *
 * <p>Only initialisers that depend on none of the classes the main thread initialises meanwhile
 * (Felix, its SecureAction and bundle classes), so the two threads never wait for each other.
 */
final class Preload implements Runnable {

    private static final String[] CLASSES = {
        "java.lang.SecurityManager",
        "org.apache.felix.framework.util.Util",
    };

    private Preload() {
    }

    /** Starts the thread; call after {@link Logging} is set up, which java.util.logging reads. */
    static void start() {
        Thread thread = new Thread(new Preload(), "chainatlas-preload");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        ClassLoader loader = Preload.class.getClassLoader();
        try {
            for (String name : CLASSES) {
                Class.forName(name, true, loader);
            }
            String.format(Locale.ROOT, "%03d", 17);
            LogManager.getLogManager(); // reads its configuration: our LogConfiguration
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // the main thread meets the same class and reports what is wrong with it
        }
    }
}
