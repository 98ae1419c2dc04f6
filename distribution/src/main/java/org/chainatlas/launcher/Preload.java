package org.chainatlas.launcher;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;

/**
 * Runs, on a thread of its own, static initialisers that every start reaches later on the main
 * and start-level threads: Felix's SecureAction (which reads a class from the Felix jar and defines
 * it by reflection), the JDK's SecurityManager (which Felix's bundle class extends), Felix's
 * utilities (its default properties and the JDK's module map), java.util.Formatter (Felix formats
 * the Java version) and java.util.logging (Gogo's first logger). They cost about 40 ms of one core
 * at every start; here they run on the other core while the main thread reads the configuration
 * and constructs the framework. Nothing waits for this thread: a class the main thread reaches
 * first initialises there, and one this thread is still initialising is simply waited for, as it
 * would have been run.
 *
 * <p>Only initialisers that need none of the classes the main thread initialises meanwhile (Felix
 * and its bundle classes), so the two threads never wait for each other. SecureAction's needs only
 * the JDK.
 */
final class Preload implements Runnable {

    private static final String[] CLASSES = {
        "org.apache.felix.framework.util.SecureAction",
        "java.lang.SecurityManager",
        "org.apache.felix.framework.util.Util",
    };

    private final CountDownLatch loggingConfigured = new CountDownLatch(1);

    private Preload() {
    }

    /** Starts the thread, as early as can be. */
    static Preload start() {
        Preload preload = new Preload();
        Thread thread = new Thread(preload, "chainatlas-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    /** {@link Logging} is set up, which java.util.logging reads when it initialises. */
    void loggingConfigured() {
        loggingConfigured.countDown();
    }

    @Override
    public void run() {
        ClassLoader loader = Preload.class.getClassLoader();
        try {
            for (String name : CLASSES) {
                Class.forName(name, true, loader);
            }
            String.format(Locale.ROOT, "%03d", 17);
            loggingConfigured.await();
            LogManager.getLogManager(); // reads its configuration: our LogConfiguration
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // the main thread meets the same class and reports what is wrong with it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
