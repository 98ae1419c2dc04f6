package org.chainatlas.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Brings the framework's bundles in step with bundle/ at every start: each jar there is installed
 * at its version and marked to start at its level, one that was removed is uninstalled. Bundles
 * installed at run time are left as the cache remembers them. Runs before the framework starts, so
 * nothing is resolved yet and an update needs no refresh.
 *
 * <p>A run killed half-way through this leaves the cache in one of a few states, each put right by
 * the next run: a jar half-written into the cache (Felix drops that bundle when it loads the cache,
 * so it is installed again), a bundle installed but not yet marked to start (the mark is a second
 * write to the cache, so it is checked for every bundle, not only new ones), a bundle updated but
 * not yet recorded in the fingerprints (updated again).
 */
final class BundleDirectory {

    /** Marks the bundles that come from bundle/; relative, so the home can move. */
    static final String LOCATION_PREFIX = "chainatlas:bundle/";

    private static final String FINGERPRINTS = "bundle-directory.properties";

    private final Path directory;
    private final StartLevels levels;
    private final KillPoint killPoint;

    BundleDirectory(Path directory, StartLevels levels, KillPoint killPoint) {
        this.directory = directory;
        this.levels = levels;
        this.killPoint = killPoint;
    }

    static boolean isFromBundleDirectory(Bundle bundle) {
        return bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    /** Synchronises, and says what it found out of place and put right (nothing after a clean run). */
    Repairs synchronise(BundleContext context) throws IOException {
        Fingerprints known = Fingerprints.load(context.getDataFile(FINGERPRINTS));
        Map<String, Bundle> installed = installed(context);
        Repairs repairs = new Repairs();
        for (Map.Entry<String, Path> jar : jars().entrySet()) {
            String location = jar.getKey();
            String fingerprint = Fingerprints.of(jar.getValue());
            String recorded = known.get(location);
            try {
                Bundle bundle = installed.remove(location);
                boolean fresh = bundle == null;
                if (fresh) {
                    bundle = install(context, location, jar.getValue());
                    if (recorded != null) {
                        repairs.reinstalled(bundle.getSymbolicName());
                    }
                } else if (!fingerprint.equals(recorded)) {
                    update(bundle, jar.getValue());
                    if (recorded == null) {
                        repairs.reinstalled(bundle.getSymbolicName());
                    }
                }
                if (markToStart(bundle) && !fresh) {
                    repairs.started(bundle.getSymbolicName());
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
        return repairs;
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

    private Bundle install(BundleContext context, String location, Path jar) throws IOException, BundleException {
        String name = symbolicNameOf(jar);
        Bundle bundle;
        try (InputStream in = killPoint.halfway("boot-install", name, Files.newInputStream(jar), Files.size(jar))) {
            bundle = context.installBundle(location, in);
        }
        killPoint.reached("boot-installed", name);
        return bundle;
    }

    private void update(Bundle bundle, Path jar) throws IOException, BundleException {
        String name = bundle.getSymbolicName();
        log().info(() -> "updating " + name + " from " + jar);
        try (InputStream in = killPoint.halfway("boot-update", name, Files.newInputStream(jar), Files.size(jar))) {
            bundle.update(in);
        }
        killPoint.reached("boot-updated", name);
    }

    /**
     * Marks a bundle to start at its level, unless it is a fragment or marked already; true if it
     * had to be marked. The framework is not started yet: nothing starts now.
     */
    private static boolean markToStart(Bundle bundle) throws BundleException {
        if (isFragment(bundle) || bundle.adapt(BundleStartLevel.class).isPersistentlyStarted()) {
            return false;
        }
        bundle.start(Bundle.START_ACTIVATION_POLICY);
        return true;
    }

    /** Read only when a kill point is chosen: a normal start has no use for it. */
    private String symbolicNameOf(Path jar) throws IOException {
        if (!killPoint.active()) {
            return "";
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? "" : name.split(";")[0].strip();
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
