package org.chainatlas.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Fault injection for the crash tests, off unless {@code -Dchainatlas.test.killpoint=POINT} is given.
 * A run that reaches POINT says so on stderr ({@code atlas: at kill point POINT}) and waits there,
 * so that a test can SIGKILL it at exactly that step instead of at a random moment. Points:
 * <ul>
 * <li>{@code boot-install:NAME}, {@code boot-update:NAME}: the launcher has written half of the
 *     bundle NAME's jar from bundle/ into the cache;</li>
 * <li>{@code boot-installed:NAME}, {@code boot-updated:NAME}: the cache holds NAME whole, and the
 *     launcher has not yet recorded it;</li>
 * <li>{@code EVENT:NAME}: the framework fires the bundle event EVENT (installed, resolved, started,
 *     updated, …) for NAME, on the thread that caused it: an install by a command, by deploy/, or the
 *     first resolve of a start.</li>
 * </ul>
 */
final class KillPoint {

    static final String PROPERTY = "chainatlas.test.killpoint";

    private static final KillPoint NONE = new KillPoint(null);

    private final String point;

    private KillPoint(String point) {
        this.point = point;
    }

    static KillPoint fromSystemProperties() {
        String point = System.getProperty(PROPERTY);
        return point == null || point.isEmpty() ? NONE : new KillPoint(point);
    }

    boolean active() {
        return point != null;
    }

    /** Stops here for good if this is the chosen point. */
    void reached(String what, String symbolicName) {
        if (active() && point.equals(what + ":" + symbolicName)) {
            waitToBeKilled();
        }
    }

    /** {@code in}, which stops for good once half of {@code size} bytes are read, if this is the chosen point. */
    InputStream halfway(String what, String symbolicName, InputStream in, long size) {
        if (!active() || !point.equals(what + ":" + symbolicName)) {
            return in;
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (read >= size / 2) {
                    waitToBeKilled(); // what was read before has been handed to the framework to write
                }
                int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, size / 2 - read)));
                read += Math.max(n, 0);
                return n;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }
        };
    }

    /** Watches the framework's bundle events, on the thread that fires them. */
    void watch(BundleContext context) {
        if (!active()) {
            return;
        }
        context.addBundleListener((SynchronousBundleListener) event -> reached(eventName(event.getType()),
                event.getBundle().getSymbolicName()));
    }

    private static String eventName(int type) {
        switch (type) {
            case BundleEvent.INSTALLED: return "installed";
            case BundleEvent.RESOLVED: return "resolved";
            case BundleEvent.STARTING: return "starting";
            case BundleEvent.STARTED: return "started";
            case BundleEvent.UPDATED: return "updated";
            case BundleEvent.STOPPING: return "stopping";
            case BundleEvent.STOPPED: return "stopped";
            case BundleEvent.UNRESOLVED: return "unresolved";
            case BundleEvent.UNINSTALLED: return "uninstalled";
            default: return "event-" + type;
        }
    }

    private void waitToBeKilled() {
        // The original stderr: Gogo may have replaced System.err by now.
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println("atlas: at kill point " + point);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // still waiting: only a kill ends this run
            }
        }
    }
}
