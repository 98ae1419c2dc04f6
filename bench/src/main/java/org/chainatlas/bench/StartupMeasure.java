package org.chainatlas.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Cold start to first output, whole processes, run alternately so that all see the same machine:
 * <ol>
 *   <li>{@code atlas}: {@code bin/atlas -c "atlas:stats"} of a copy of the built distribution, as
 *       shipped (its class-data-sharing archive, if it makes one, included);</li>
 *   <li>{@code bare}: a bare Felix + Gogo runtime + command running {@code lb}
 *       ({@link org.chainatlas.bench.bare.BareFelix}) with the same java and the JVM options
 *       {@code bin/atlas -c} passes ({@link AtlasFlags}), and the JDK's default CDS archive only;</li>
 *   <li>{@code bare-cds}: the same bare runtime with its own dynamic CDS archive, the technique
 *       bin/atlas uses, to compare like with like;</li>
 *   <li>{@code bare-defaults}: the same bare runtime with none of bin/atlas's JVM options (the
 *       JVM's defaults), as an untuned bare Felix would start;</li>
 *   <li>{@code launcher}: the java command bin/atlas ends in, started directly, to separate the
 *       script's own cost.</li>
 * </ol>
 * Modes: warm (bundle caches and archives kept from a first, unmeasured run of each), cold (each
 * bundle cache deleted before every run, archives kept) and first (everything under data/ deleted:
 * the first run of a fresh installation, archive written at exit). The operating system's file
 * cache stays warm in every mode; dropping it would need root and disturb everything else.
 * {@code StartupMeasure <atlas home> <bare home> <runs> <out.json>}
 */
public final class StartupMeasure {

    /** bin/atlas's JVM options when its script cannot be read. */
    static final List<String> DEFAULT_FLAGS = List.of("-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final List<String> QUIET_CDS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final int FIRST_RUNS = 3;

    private StartupMeasure() {
    }

    record Run(long firstOutputNanos, long exitNanos, int status, String firstLine) {
    }

    /** One way to start; the command is made per run, as it may depend on what is on disk. */
    record Variant(String name, String description, Supplier<List<String>> command, List<Path> cold, List<Path> first) {
    }

    public static void main(String[] args) throws Exception {
        Path atlasHome = Path.of(args[0]).toAbsolutePath().normalize();
        Path bareHome = Path.of(args[1]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> flags = AtlasFlags.of(atlasHome, true); // what bin/atlas -c passes

        Path bareArchive = bareHome.resolve("data/cds/bare.jsa");
        Supplier<List<String>> bare = () -> bare(java, flags, bareHome, List.of());
        Supplier<List<String>> bareCds = () -> bare(java, flags, bareHome, cds(bareArchive));
        // the JVM's own defaults (tiered compilation, G1, no UTF-8 flag): a bare Felix as one would start it untuned
        Supplier<List<String>> bareDefaults = () -> bare(java, List.of(), bareHome, List.of());
        Supplier<List<String>> launcher = () -> {
            List<String> c = new ArrayList<>(List.of(java));
            c.addAll(flags);
            atlasArchive(atlasHome).ifPresent(a -> {
                c.add("-XX:SharedArchiveFile=" + a);
                c.addAll(QUIET_CDS);
            });
            c.addAll(List.of("-Dchainatlas.home=" + atlasHome, "-cp", atlasHome.resolve("lib") + "/*",
                    "org.chainatlas.launcher.Main", "-c", "atlas:stats"));
            return c;
        };
        List<Variant> variants = List.of(
                new Variant("atlas", "bin/atlas -c \"atlas:stats\"",
                        () -> List.of(atlasHome.resolve("bin/atlas").toString(), "-c", "atlas:stats"),
                        List.of(atlasHome.resolve("data/cache")), List.of(atlasHome.resolve("data"))),
                new Variant("bare", "bare Felix + Gogo runtime + command: lb", bare,
                        List.of(bareHome.resolve("data/cache")), List.of(bareHome.resolve("data/cache"))),
                new Variant("bare-cds", "bare Felix + Gogo, lb, with its own CDS archive", bareCds,
                        List.of(bareHome.resolve("data/cache")), List.of(bareHome.resolve("data"))),
                new Variant("bare-defaults", "bare Felix + Gogo, lb, with the JVM's default options", bareDefaults,
                        List.of(bareHome.resolve("data/cache")), List.of()),
                new Variant("launcher", "the java command bin/atlas runs, without the script", launcher,
                        List.of(atlasHome.resolve("data/cache")), List.of()));

        JsonObject result = new JsonObject();
        result.addProperty("java", java);
        result.addProperty("runs", runs);
        result.addProperty("firstRuns", FIRST_RUNS);
        JsonArray flagArray = new JsonArray();
        flags.forEach(flagArray::add);
        result.add("jvmFlags", flagArray);

        for (Variant v : variants) { // fill the caches and write the archives: warm runs start from them
            for (int i = 0; i < 2; i++) {
                Run first = run(v.command().get(), java);
                if (first.status() != 0) {
                    throw new IllegalStateException(v.name() + " failed: " + first.firstLine());
                }
            }
            System.out.println(v.name() + ": " + String.join(" ", v.command().get()));
        }
        Map<String, List<Run>> warm = measure(variants, runs, java, "warm");
        Map<String, List<Run>> cold = measure(variants, runs, java, "cold");
        List<Variant> firstVariants = variants.stream().filter(v -> !v.first().isEmpty()).toList();
        Map<String, List<Run>> first = measure(firstVariants, FIRST_RUNS, java, "first");

        JsonObject byVariant = new JsonObject();
        for (Variant v : variants) {
            JsonObject o = new JsonObject();
            o.addProperty("description", v.description());
            o.addProperty("command", String.join(" ", v.command().get()));
            o.add("classes", classes(v, java));
            o.add("warm", summary(warm.get(v.name())));
            o.add("cold", summary(cold.get(v.name())));
            if (first.containsKey(v.name())) {
                o.add("first", summary(first.get(v.name())));
            }
            byVariant.add(v.name(), o);
        }
        result.add("variants", byVariant);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(result),
                StandardCharsets.UTF_8);
    }

    private static List<String> bare(String java, List<String> flags, Path home, List<String> cds) {
        List<String> c = new ArrayList<>(List.of(java));
        c.addAll(flags);
        c.addAll(cds);
        c.addAll(List.of("-Dbare.home=" + home, "-cp", home.resolve("lib") + "/*", "org.chainatlas.bench.bare.BareFelix", "lb"));
        return c;
    }

    /** Use the archive if it is there, else write it at exit (as bin/atlas does for its own). */
    private static List<String> cds(Path archive) {
        List<String> c = new ArrayList<>();
        if (Files.isRegularFile(archive)) {
            c.add("-XX:SharedArchiveFile=" + archive);
        } else {
            try {
                Files.createDirectories(archive.getParent());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            c.add("-XX:ArchiveClassesAtExit=" + archive);
        }
        c.addAll(QUIET_CDS);
        return c;
    }

    private static java.util.Optional<Path> atlasArchive(Path home) {
        try (Stream<Path> files = Files.list(home.resolve("data/cds"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, List<Run>> measure(List<Variant> variants, int runs, String java, String mode)
            throws Exception {
        Map<String, List<Run>> all = new LinkedHashMap<>();
        variants.forEach(v -> all.put(v.name(), new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                for (Path p : "cold".equals(mode) ? v.cold() : "first".equals(mode) ? v.first() : List.<Path>of()) {
                    deleteTree(p);
                }
                Run r = run(v.command().get(), java);
                if (r.status() != 0) {
                    throw new IllegalStateException(v.name() + " failed with status " + r.status() + ": " + r.firstLine());
                }
                all.get(v.name()).add(r);
                System.out.printf("%s %-8s run %d: first output %.0f ms, exit %.0f ms%n", mode,
                        v.name(), i + 1, r.firstOutputNanos() / 1e6, r.exitNanos() / 1e6);
            }
        }
        return all;
    }

    /** One more warm run with class loading logged: how many classes it loads, and how many come from a CDS archive. */
    private static JsonObject classes(Variant v, String java) throws IOException, InterruptedException {
        Path log = Files.createTempFile("startup-classes", ".log");
        String option = "-Xlog:class+load=info:file=" + log;
        List<String> command = new ArrayList<>(v.command().get());
        // The first runs above ended with data/ made anew: bin/atlas writes its class-data archive
        // on the run after such a start, so one unlogged run first makes the logged one warm.
        run(command, java, null);
        if ("atlas".equals(v.name())) {
            run(command, java, option);
        } else {
            command.add(1, option);
            run(command, java, null);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        JsonObject o = new JsonObject();
        o.addProperty("loaded", lines.stream().filter(l -> l.contains(" source: ")).count());
        o.addProperty("fromArchive", lines.stream().filter(l -> l.contains("source: shared objects file")).count());
        // lambda classes spun at run time: the archive holds none for bundle class loaders
        o.addProperty("lambdasSpun", lines.stream()
                .filter(l -> l.contains("$$Lambda$") && !l.contains("source: shared objects file")).count());
        return o;
    }

    static Run run(List<String> command, String java) throws IOException, InterruptedException {
        return run(command, java, null);
    }

    /** Starts the process, notes when its first byte of output arrives and when it ends. */
    static Run run(List<String> command, String java, String javaOpts) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", Path.of(java).getParent().getParent().toString());
        builder.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        long[] first = {0};
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = process.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (first[0] == 0) {
                        first[0] = System.nanoTime();
                    }
                    if (head.size() < 400) {
                        head.write(buffer, 0, Math.min(n, 400));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        int status = process.waitFor();
        long end = System.nanoTime();
        reader.join();
        String text = head.toString(StandardCharsets.UTF_8);
        String line = text.lines().findFirst().orElse("(no output)");
        return new Run(first[0] == 0 ? end - start : first[0] - start, end - start, status, line);
    }

    private static JsonObject summary(List<Run> runs) {
        JsonObject o = new JsonObject();
        o.add("firstOutput", Timings.summary(runs.stream().mapToLong(Run::firstOutputNanos).toArray()));
        o.add("exit", Timings.summary(runs.stream().mapToLong(Run::exitNanos).toArray()));
        return o;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
