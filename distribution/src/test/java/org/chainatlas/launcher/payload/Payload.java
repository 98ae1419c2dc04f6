package org.chainatlas.launcher.payload;

import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The code a hostile bundle carries: if the framework ever starts it, it leaves a mark in the
 * file the system property {@value #MARKER} names. Tests put it in bundles that must be refused
 * and check that the mark never appears.
 */
public final class Payload implements BundleActivator {
    public static final String MARKER = "chainatlas.test.payload.marker";

    @Override
    public void start(BundleContext context) throws Exception {
        String marker = System.getProperty(MARKER);
        if (marker != null) {
            Files.writeString(Path.of(marker), "ran: " + context.getBundle().getSymbolicName() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    @Override
    public void stop(BundleContext context) {
    }
}
