package org.chainatlas.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.felix.framework.Felix;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.format.DatasetWriter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * deploy/ drop to queryable, inside one JVM: the real Felix with the distribution's bundles and
 * its conf/config.properties (FileInstall's poll interval included), the cache and the deploy
 * folder in a work folder. A synthetic dataset file is moved into deploy/ in one step; the Atlas
 * service's snapshot (which every atlas: command reads) is looked at every millisecond, a few
 * microseconds a look, until it lists the dataset, and then {@code atlas:datasets --json} runs
 * through the Gogo CommandProcessor to confirm that a command shows it (again until it does):
 * queryable is when that command returns. Polling with the command itself would keep one of the
 * two cores busy with polling (a few ms a run) while the install works. The file is then deleted
 * and its removal awaited the same way, and the next drop starts. The first drop of each size is
 * not counted.
 * {@code DeployMeasure <atlas home> <extra bundle folder> <runs> <entries,entries...> <work folder> <out.json>}
 */
public final class DeployMeasure {
    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";
    private static final long POLL_MS = 1;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private DeployMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        Path extra = Path.of(args[1]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[2]);
        int[] sizes = Arrays.stream(args[3].split(",")).mapToInt(s -> Integer.parseInt(s.strip().replace("_", ""))).toArray();
        Path work = Path.of(args[4]).toAbsolutePath().normalize();
        Path out = Path.of(args[5]);
        StartupMeasure.deleteTree(work);
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Path staging = Files.createDirectories(work.resolve("staging"));

        Map<String, String> config = configuration(home);
        Map<String, Object> properties = new HashMap<>(config);
        properties.put(Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.fileinstall.dir", deploy.toString());
        properties.put("felix.log.level", "1");
        String poll = System.getProperty("bench.poll");
        if (poll != null) { // a what-if: the same drop with another FileInstall poll interval
            config.put("felix.fileinstall.poll", poll);
            properties.put("felix.fileinstall.poll", poll);
        }

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(null); // as the launcher does (docs/osgi-pitfalls.md, pitfall 2)
        Framework framework = new Felix(properties);
        framework.init();
        List<String> added = install(framework.getBundleContext(), home.resolve("bundle"), extra, config);
        long bootStart = System.nanoTime();
        framework.start();
        Thread.currentThread().setContextClassLoader(previous);
        JsonObject result = new JsonObject();
        try {
            BundleContext context = framework.getBundleContext();
            await(context, "(objectClass=org.chainatlas.api.Atlas)");
            await(context, "(osgi.command.scope=atlas)");
            await(context, "(objectClass=org.apache.felix.fileinstall.ArtifactInstaller)");
            result.addProperty("bootToReadyMs", (System.nanoTime() - bootStart) / 1e6);
            Gogo gogo = new Gogo(context);
            AtlasService atlas = new AtlasService(context);
            SyntheticAtlas synthetic = SyntheticAtlas.withRealLayers();

            result.addProperty("pollIntervalMs", config.getOrDefault("felix.fileinstall.poll", "(FileInstall default)"));
            JsonArray extras = new JsonArray();
            added.forEach(extras::add);
            result.add("bundlesAddedToDistribution", extras);
            long[] pollCost = new long[20];
            for (int i = 0; i < pollCost.length; i++) {
                long t = System.nanoTime();
                gogo.datasets();
                pollCost[i] = System.nanoTime() - t;
            }
            result.add("pollCommand", Timings.summary(pollCost));

            JsonObject bySize = new JsonObject();
            int drop = 0;
            for (int size : sizes) {
                long[] times = new long[runs];
                long[] seen = new long[runs];
                long[] removals = new long[runs];
                for (int i = -1; i < runs; i++) {
                    DatasetDocument doc = synthetic.dataset("synthetic-drop-" + size + "-" + (i + 1), drop++ % 100, size);
                    Path staged = staging.resolve(doc.id() + ".json");
                    Files.write(staged, DatasetWriter.write(doc));
                    Path dropped = deploy.resolve(doc.id() + ".json");
                    long t0 = System.nanoTime();
                    Files.move(staged, dropped, StandardCopyOption.ATOMIC_MOVE);
                    long s1 = waitFor(atlas, doc.id(), true, t0);
                    long t1 = waitFor(gogo, doc.id(), true, t0);
                    long r0 = System.nanoTime();
                    Files.delete(dropped);
                    waitFor(atlas, doc.id(), false, r0); // the command only once the service says so
                    long r1 = waitFor(gogo, doc.id(), false, r0);
                    if (i >= 0) {
                        times[i] = t1 - t0;
                        seen[i] = s1 - t0;
                        removals[i] = r1 - r0;
                    }
                    System.out.printf("deploy %d entries, drop %d: in the Atlas service after %.0f ms, shown by a command"
                            + " after %.0f ms, gone %.0f ms after deletion%n", size, i + 1, (s1 - t0) / 1e6, (t1 - t0) / 1e6,
                            (r1 - r0) / 1e6);
                }
                JsonObject o = new JsonObject();
                o.add("dropToQueryable", Timings.summary(times));
                o.add("dropToAtlasService", Timings.summary(seen));
                o.add("deleteToGone", Timings.summary(removals));
                bySize.add(Integer.toString(size), o);
            }
            result.add("bySize", bySize);
        } finally {
            framework.stop();
            framework.waitForStop(20_000);
        }
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(result),
                StandardCharsets.UTF_8);
        System.exit(0);
    }

    /** What says whether a dataset is listed: the Atlas service, or a command. */
    private interface Listing {
        boolean lists(String dataset) throws Exception;
    }

    private static long waitFor(Listing listing, String dataset, boolean present, long since) throws Exception {
        long deadline = since + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (listing.lists(dataset) == present) {
                return System.nanoTime();
            }
            Thread.sleep(POLL_MS);
        }
        throw new IllegalStateException("dataset " + dataset + (present ? " never appeared" : " never went away"));
    }

    /** conf/config.properties with ${...} resolved, as the launcher reads it. */
    private static Map<String, String> configuration(Path home) throws Exception {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("conf/config.properties"), StandardCharsets.UTF_8)) {
            file.load(reader);
        }
        Map<String, String> raw = new HashMap<>();
        file.stringPropertyNames().forEach(k -> raw.put(k, file.getProperty(k)));
        raw.put("chainatlas.home", home.toString());
        Map<String, String> resolved = new HashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String value = e.getValue();
            for (int depth = 0; depth < 8; depth++) {
                Matcher m = VARIABLE.matcher(value);
                StringBuilder sb = new StringBuilder();
                boolean any = false;
                while (m.find()) {
                    any = true;
                    m.appendReplacement(sb, Matcher.quoteReplacement(raw.getOrDefault(m.group(1), "")));
                }
                m.appendTail(sb);
                value = sb.toString();
                if (!any) {
                    break;
                }
            }
            resolved.put(e.getKey(), value);
        }
        return resolved;
    }

    /**
     * The jars of bundle/, at the start levels conf/ gives them; then any bundle of {@code extra}
     * whose symbolic name bundle/ lacks (the deploy/ handler, if the distribution does not ship it yet).
     */
    private static List<String> install(BundleContext context, Path bundles, Path extra, Map<String, String> config)
            throws Exception {
        Map<String, Path> jars = new TreeMap<>();
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(bundles, "*.jar")) {
            for (Path jar : stream) {
                jars.put("chainatlas:bundle/" + jar.getFileName(), jar);
                names.add(symbolicName(jar));
            }
        }
        List<String> added = new ArrayList<>();
        if (Files.isDirectory(extra)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(extra, "*.jar")) {
                for (Path jar : stream) {
                    if (names.add(symbolicName(jar))) {
                        jars.put("chainatlas:bundle/" + jar.getFileName(), jar);
                        added.add(symbolicName(jar));
                    }
                }
            }
        }
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            Bundle bundle;
            try (InputStream in = Files.newInputStream(jar.getValue())) {
                bundle = context.installBundle(jar.getKey(), in);
            }
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel(bundle.getSymbolicName(), config));
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        return added;
    }

    private static String symbolicName(Path jar) throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return name == null ? jar.getFileName().toString() : name.split(";")[0].strip();
        }
    }

    /** chainatlas.startlevel.<name or prefix>: the longest match wins, else 1 (as the launcher does). */
    private static int startLevel(String symbolicName, Map<String, String> config) {
        String best = null;
        for (String key : config.keySet()) {
            if (key.startsWith("chainatlas.startlevel.")) {
                String name = key.substring("chainatlas.startlevel.".length());
                if ((symbolicName.equals(name) || symbolicName.startsWith(name + "."))
                        && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
        }
        return best == null ? 1 : Integer.parseInt(config.get("chainatlas.startlevel." + best).strip());
    }

    private static void await(BundleContext context, String filter) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, filter);
            if (refs != null && refs.length > 0) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no service " + filter + " after 60 s");
    }

    /** The framework's Atlas service, read by reflection (its classes live in the api bundle). */
    private static final class AtlasService implements Listing {
        private final Object atlas;
        private final java.lang.reflect.Method snapshot;
        private final java.lang.reflect.Method datasets;
        private final java.lang.reflect.Method id;

        AtlasService(BundleContext context) throws Exception {
            ServiceReference<?> reference = context.getAllServiceReferences("org.chainatlas.api.Atlas", null)[0];
            atlas = context.getService(reference);
            Bundle registry = reference.getBundle(); // imports the api: its classes, as the service has them
            snapshot = registry.loadClass("org.chainatlas.api.Atlas").getMethod("snapshot");
            datasets = registry.loadClass("org.chainatlas.api.AtlasSnapshot").getMethod("datasets");
            id = registry.loadClass("org.chainatlas.api.DatasetStatus").getMethod("id");
        }

        @Override
        public boolean lists(String dataset) throws Exception {
            for (Object status : (List<?>) datasets.invoke(snapshot.invoke(atlas))) {
                if (dataset.equals(id.invoke(status))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One Gogo session, driven by reflection (the Gogo classes live in their bundle). */
    private static final class Gogo implements Listing {
        private final Object session;
        private final java.lang.reflect.Method execute;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Gogo(BundleContext context) throws Exception {
            ServiceReference<?> reference = context.getServiceReference(PROCESSOR);
            Object processor = context.getService(reference);
            Bundle gogo = reference.getBundle();
            PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            session = gogo.loadClass(PROCESSOR)
                    .getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class)
                    .invoke(processor, InputStream.nullInputStream(), out, out);
            execute = gogo.loadClass(SESSION).getMethod("execute", CharSequence.class);
        }

        @Override
        public boolean lists(String dataset) throws Exception {
            return datasets().contains(dataset);
        }

        /** The ids {@code atlas:datasets --json} lists. */
        Set<String> datasets() throws Exception {
            buffer.reset();
            execute.invoke(session, "atlas:datasets --json");
            String text = buffer.toString(StandardCharsets.UTF_8).strip();
            JsonElement json = JsonParser.parseString(text);
            JsonArray array = json.isJsonArray() ? json.getAsJsonArray() : json.getAsJsonObject().getAsJsonArray("datasets");
            Set<String> ids = new HashSet<>();
            array.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
            return ids;
        }
    }
}
