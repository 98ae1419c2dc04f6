package org.chainatlas.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Keeps the framework's bundles in step with bundle/: a jar that is new there is installed and
 * marked for start, one whose size or time changed is updated, one that was removed is
 * uninstalled. Everything else the framework holds (bundles installed at run time, bundles the user
 * stopped) is left as the cache remembers it. Runs before the framework starts, so nothing is
 * resolved yet and an update needs no refresh.
 */
final class BundleDirectory {

    /** Marks the bundles that come from bundle/; relative, so the home can move. */
    static final String LOCATION_PREFIX = "chainatlas:bundle/";

    private static final String FINGERPRINTS = "bundle-directory.properties";

    private final Path directory;
    private final StartLevels levels;

    BundleDirectory(Path directory, StartLevels levels) {
        this.directory = directory;
        this.levels = levels;
    }

    static boolean isFromBundleDirectory(Bundle bundle) {
        return bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    void synchronise(BundleContext context) throws IOException {
        Fingerprints known = Fingerprints.load(context.getDataFile(FINGERPRINTS));
        Map<String, Bundle> installed = installed(context);
        for (Map.Entry<String, Path> jar : jars().entrySet()) {
            String location = jar.getKey();
            String fingerprint = Fingerprints.of(jar.getValue());
            try {
                Bundle bundle = installed.remove(location);
                if (bundle == null) {
                    bundle = install(context, location, jar.getValue());
                } else if (!fingerprint.equals(known.get(location))) {
                    update(bundle, jar.getValue());
                }
                known.put(location, fingerprint);
                applyStartLevel(bundle);
            } catch (BundleException e) {
                // One broken jar must not keep the others from starting; readiness reports what is missing.
                log().log(Level.WARNING, "cannot install " + jar.getValue(), e);
            }
        }
        for (Bundle removed : installed.values()) {
            uninstall(removed);
            known.remove(removed.getLocation());
        }
        known.save();
    }

    private Map<String, Path> jars() throws IOException {
        Map<String, Path> jars = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path jar : stream) {
                jars.put(LOCATION_PREFIX + jar.getFileName(), jar);
            }
        }
        return jars;
    }

    private static Map<String, Bundle> installed(BundleContext context) {
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (isFromBundleDirectory(bundle)) {
                installed.put(bundle.getLocation(), bundle);
            }
        }
        return installed;
    }

    private static Bundle install(BundleContext context, String location, Path jar)
            throws IOException, BundleException {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context.installBundle(location, in);
        }
        if (!isFragment(bundle)) {
            // The framework is not started yet: this only marks the bundle to start at its level.
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        }
        return bundle;
    }

    private static void update(Bundle bundle, Path jar) throws IOException, BundleException {
        log().info(() -> "updating " + bundle.getSymbolicName() + " from " + jar);
        try (InputStream in = Files.newInputStream(jar)) {
            bundle.update(in);
        }
    }

    private static void uninstall(Bundle bundle) {
        log().info(() -> "uninstalling " + bundle.getSymbolicName() + ": its jar left bundle/");
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            log().log(Level.WARNING, "cannot uninstall " + bundle, e);
        }
    }

    /** Applied at every start, so that a changed conf/config.properties needs no --clean. */
    private void applyStartLevel(Bundle bundle) {
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        int level = levels.of(bundle.getSymbolicName());
        if (startLevel.getStartLevel() != level) {
            startLevel.setStartLevel(level);
        }
    }

    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /** Looked up when needed: java.util.logging initialises only in runs that log something. */
    private static Logger log() {
        return Logger.getLogger(BundleDirectory.class.getName());
    }
}
