package org.chainatlas.bench.bare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The start-up baseline: a bare Felix with only Gogo runtime and command, running one command
 * line and exiting, done the way ChainAtlas's launcher does it (framework embedded, bundles from a
 * folder, installed once and then taken from the framework cache, the CommandProcessor reached
 * by reflection with the process's own streams). No SCR, no FileInstall, no logging set-up.
 * {@code java -Dbare.home=<folder with bundle/> -cp <this jar>:<felix jar> BareFelix lb}
 */
public final class BareFelix {
    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";
    private static final String LOCATION_PREFIX = "bare:bundle/";

    private BareFelix() {
    }

    public static void main(String[] args) throws Exception {
        // the process's own streams, before Gogo replaces System.out/err/in (docs/osgi-pitfalls.md, pitfall 1)
        InputStream in = System.in;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, "UTF-8");
        Path home = Path.of(System.getProperty("bare.home", ".")).toAbsolutePath();
        String line = args.length == 0 ? "lb" : String.join(" ", args);

        Map<String, Object> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, home.resolve("data/cache").toString());
        properties.put("felix.log.level", "1");
        Thread.currentThread().setContextClassLoader(null);
        Framework framework = new Felix(properties);
        framework.init();
        install(framework.getBundleContext(), home.resolve("bundle"));
        framework.start();
        int status = 0;
        try {
            status = run(framework.getBundleContext(), line, in, out, err);
        } finally {
            out.flush();
            framework.stop();
            framework.waitForStop(10_000);
        }
        System.exit(status);
    }

    /** Jars of bundle/ not yet in the framework cache are installed and marked to start. */
    private static void install(BundleContext context, Path folder) throws IOException {
        Set<String> installed = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            installed.add(b.getLocation());
        }
        Map<String, Path> jars = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
            stream.forEach(p -> jars.put(LOCATION_PREFIX + p.getFileName(), p));
        }
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            if (installed.contains(jar.getKey())) {
                continue;
            }
            try (InputStream bytes = Files.newInputStream(jar.getValue())) {
                context.installBundle(jar.getKey(), bytes).start(Bundle.START_ACTIVATION_POLICY);
            } catch (Exception e) {
                throw new IOException("cannot install " + jar.getValue() + ": " + e.getMessage(), e);
            }
        }
    }

    private static int run(BundleContext context, String line, InputStream in, OutputStream out, PrintStream err)
            throws Exception {
        ServiceReference<?> reference = context.getServiceReference(PROCESSOR);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (reference == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
            reference = context.getServiceReference(PROCESSOR);
        }
        if (reference == null) {
            err.println("no Gogo CommandProcessor");
            return 1;
        }
        Object processor = context.getService(reference);
        Bundle gogo = reference.getBundle();
        Class<?> sessionType = gogo.loadClass(SESSION);
        Object session = gogo.loadClass(PROCESSOR)
                .getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class)
                .invoke(processor, in, out, err);
        try {
            Object result = sessionType.getMethod("execute", CharSequence.class).invoke(session, line);
            if (result != null) {
                Method format = sessionType.getMethod("format", Object.class, int.class);
                PrintStream print = out instanceof PrintStream p ? p : new PrintStream(out, true, "UTF-8");
                print.println(format.invoke(session, result, 0));
            }
            return 0;
        } catch (java.lang.reflect.InvocationTargetException e) {
            err.println(line + ": " + e.getCause());
            return 1;
        } finally {
            sessionType.getMethod("close").invoke(session);
            context.ungetService(reference);
        }
    }
}
