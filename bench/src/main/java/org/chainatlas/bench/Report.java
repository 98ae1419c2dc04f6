package org.chainatlas.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes BENCHMARKS.md from what bench/run measured: the machine, the date, the command, a table
 * per measure with its figure, target and whether it is met, diagnostics and caveats. Reports, never
 * asserts. {@code Report <results folder> <BENCHMARKS.md> <command>}
 */
public final class Report {

    private final Path results;
    private final StringBuilder md = new StringBuilder();
    /** benchmark short name ("QueryBenchmark.search") + " " + size + " " + compiler → its primary metric. */
    private final Map<String, Metric> jmh = new LinkedHashMap<>();
    private final Map<String, JsonObject> jmhSettings = new LinkedHashMap<>();
    /** "main" (the open console's JVM options) and "alt" (bin/atlas -c's) → the JVM flags of their forks. */
    private final Map<String, String> variantFlags = new LinkedHashMap<>();

    record Metric(double p50, double p99, double mean, long samples, String unit) {
    }

    private Report(Path results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        Report report = new Report(Path.of(args[0]));
        report.readJmh();
        String text = report.write(args[2]);
        Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1]);
    }

    // --- input -------------------------------------------------------------------------------

    private void readJmh() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(results, "jmh-*.json")) {
            for (Path file : files) {
                JsonArray runs = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray();
                for (JsonElement e : runs) {
                    JsonObject run = e.getAsJsonObject();
                    String name = run.get("benchmark").getAsString();
                    name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                    String size = size(run);
                    String compiler = file.getFileName().toString().contains("-alt") ? "alt" : "main";
                    variantFlags.putIfAbsent(compiler, String.join(" ", strings(run.getAsJsonArray("jvmArgs")).stream()
                            .filter(a -> !a.startsWith("-Xmx")).toList()));
                    JsonObject metric = run.getAsJsonObject("primaryMetric");
                    JsonObject pct = metric.getAsJsonObject("scorePercentiles");
                    jmh.put(name + " " + size + " " + compiler, new Metric(pct.get("50.0").getAsDouble(),
                            pct.get("99.0").getAsDouble(), metric.get("score").getAsDouble(),
                            metric.has("rawDataHistogram") ? samples(metric.get("rawDataHistogram"))
                                    : leaves(metric.get("rawData")), metric.get("scoreUnit").getAsString()));
                    jmhSettings.putIfAbsent(file.getFileName().toString(), run);
                }
            }
        }
    }

    private static String size(JsonObject run) {
        JsonObject params = run.getAsJsonObject("params");
        if (params == null) {
            return "-";
        }
        for (String key : List.of("size", "atlas")) {
            if (params.has(key)) {
                return params.get(key).getAsString();
            }
        }
        return "-";
    }

    /** Samples in a SampleTime histogram: the counts of every [value, count] pair. */
    private static long samples(JsonElement histogram) {
        if (histogram == null || !histogram.isJsonArray()) {
            return 0;
        }
        JsonArray a = histogram.getAsJsonArray();
        if (a.size() == 2 && a.get(0).isJsonPrimitive() && a.get(1).isJsonPrimitive()) {
            return a.get(1).getAsLong();
        }
        long n = 0;
        for (JsonElement e : a) {
            n += samples(e);
        }
        return n;
    }

    /** Measurements in a SingleShot run: every number of rawData. */
    private static long leaves(JsonElement e) {
        if (e == null) {
            return 0;
        }
        if (e.isJsonPrimitive()) {
            return 1;
        }
        long n = 0;
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                n += leaves(x);
            }
        }
        return n;
    }

    private JsonObject json(String file) throws IOException {
        Path p = results.resolve(file);
        return Files.exists(p) ? JsonParser.parseString(Files.readString(p, StandardCharsets.UTF_8)).getAsJsonObject() : null;
    }

    private Metric metric(String benchmark, String size, String compiler) {
        return jmh.get(benchmark + " " + size + " " + compiler);
    }

    // --- output ------------------------------------------------------------------------------

    private String write(String command) throws IOException {
        Map<String, String> machine = new LinkedHashMap<>();
        Path machineFile = results.resolve("machine.txt");
        if (Files.exists(machineFile)) {
            for (String line : Files.readAllLines(machineFile, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    machine.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        JsonObject heap = json("heap.json");
        JsonObject startup = json("startup.json");
        JsonObject deploy = json("deploy.json");
        JsonObject deployFast = json("deploy-poll.json");
        JsonObject diagnostics = json("diagnostics.json");
        JsonObject attach = json("attach.json");

        line("# ChainAtlas benchmarks");
        line("");
        line("Written by `" + command + "` on " + machine.getOrDefault("date", "?") + ". Every figure below comes from that "
                + "one run; nothing here is asserted by a test (`mvn -B verify` times nothing). Data: **synthetic** "
                + "datasets made by `bench/src/main/java/org/chainatlas/bench/SyntheticAtlas.java` (titles say "
                + "\"synthetic\", source \"" + SyntheticAtlas.SOURCE_TITLE_EN + "\"; never shipped).");
        line("");
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        machine.forEach((k, v) -> line("| " + k + " | " + v.replace("|", "\\|") + " |"));
        line("");
        line("## Targets");
        line("");
        line("Targets are reported against, never asserted. How each figure is read is in its section below.");
        line("");
        line("| measure | figure | target | status |");
        line("|---|---|---|---|");
        targets(heap, startup, deploy);
        attachTarget(attach);
        line("");
        querySections();
        installSection();
        heapSection(heap);
        exportSection();
        startupSection(startup);
        attachSection(attach);
        deploySection(deploy, deployFast);
        diagnosticsSection(diagnostics);
        compilerSection();
        settingsSection();
        caveats(machine);
        return md.toString();
    }

    private void targets(JsonObject heap, JsonObject startup, JsonObject deploy) {
        if (startup != null) {
            JsonObject v = startup.getAsJsonObject("variants");
            double atlas = v.getAsJsonObject("atlas").getAsJsonObject("warm").getAsJsonObject("exit").get("medianMs").getAsDouble();
            double bare = v.getAsJsonObject("bare").getAsJsonObject("warm").getAsJsonObject("exit").get("medianMs").getAsDouble();
            double ratio = atlas / bare;
            row("start-up: whole process `bin/atlas -c \"atlas:stats\"` ÷ bare Felix + Gogo `lb` (warm cache, medians)",
                    String.format(Locale.ROOT, "%.2f × (%s ÷ %s)", ratio, ms(atlas), ms(bare)), "≤ 1.0 ×", ratio <= 1.0);
        } else {
            missing("start-up ratio");
        }
        Metric install = metric("InstallBenchmark.installFromJson", "1000000", "main");
        if (install != null) {
            row("install a 10k-entry dataset into an atlas of 1M → queryable (file bytes → validated → indexed → snapshot → entry found; p50, p99 in brackets)",
                    ms(install.p50()) + " (" + ms(install.p99()) + ")", "≤ 100 ms", install.p50() <= 100);
        } else {
            missing("install → queryable");
        }
        Metric page = metric("QueryBenchmark.searchPage", "1000000", "main");
        if (page != null) {
            row("search p99 at 1M entries (mix of 10 queries), the page `atlas:search` shows: first " + QueryMix.PAGE
                    + " matches and whether there are more", ms(page.p99()) + " (p50 " + ms(page.p50()) + ")",
                    "≤ 10 ms", page.p99() <= 10);
        } else {
            missing("search page at 1M");
        }
        Metric search = metric("QueryBenchmark.search", "1000000", "main");
        if (search != null) {
            line("| search p99 at 1M entries, every match (`atlas:search --all`, `--json`; one query has 15% of the atlas) | "
                    + ms(search.p99()) + " (p50 " + ms(search.p50()) + ") | – | – |");
        } else {
            missing("search at 1M");
        }
        Metric stats = metric("QueryBenchmark.stats", "1000000", "main");
        if (stats != null) {
            row("statistics (all layers) at 1M entries, p99", ms(stats.p99()) + " (p50 " + ms(stats.p50()) + ")",
                    "≤ 20 ms", stats.p99() <= 20);
        } else {
            missing("stats at 1M");
        }
        if (heap != null) {
            double perEntry = heap.get("totalPerEntry").getAsDouble();
            row("heap bytes per entry at " + count(heap.get("entries").getAsLong()) + " entries (documents + indexes + merged entry list)",
                    String.format(Locale.ROOT, "%.0f B", perEntry), "≤ 500 B", perEntry <= 500);
        } else {
            missing("heap per entry");
        }
        if (deploy != null) {
            JsonObject bySize = deploy.getAsJsonObject("bySize");
            for (String size : bySize.keySet()) {
                double median = bySize.getAsJsonObject(size).getAsJsonObject("dropToQueryable").get("medianMs").getAsDouble();
                row("`deploy/` drop → queryable, " + count(Long.parseLong(size)) + "-entry dataset (median, poll "
                        + deploy.get("pollIntervalMs").getAsString() + " ms)", ms(median), "≤ 300 ms", median <= 300);
            }
        } else {
            missing("deploy/ drop");
        }
    }

    private void querySections() {
        line("## Search, list by category, statistics (p50 and p99 per size)");
        line("");
        line("JMH `SampleTime`, one fork per benchmark and size, with the JVM options `bin/atlas` gives an open "
                + "console (`" + variantFlags.getOrDefault("main", "?") + "`, plus the heap size), 100 regional datasets at every size. Each call runs the next query of a fixed mix "
                + "(`QueryMix.java`), so a percentile is over the whole mix. The linear scan answers the same "
                + "questions by one plain pass over every entry, in the same run. Times in ms.");
        line("");
        queryTable("Search, first page (the " + QueryMix.PAGE + " matches `atlas:search` shows, and whether there are more)",
                "QueryBenchmark.searchPage", "QueryBenchmark.searchLinearScan");
        queryTable("Search, every match (10 queries: Chinese fragments, English words, two absent)", "QueryBenchmark.search",
                "QueryBenchmark.searchLinearScan");
        queryTable("List by category, first page (the " + QueryMix.PAGE + " entries `atlas:list` shows, and whether there are more)",
                "QueryBenchmark.listPage", "QueryBenchmark.listLinearScan");
        queryTable("List by category, every entry (8 queries: parent categories, facet:category, two categories, with a place or a dataset)",
                "QueryBenchmark.listByCategory", "QueryBenchmark.listLinearScan");
        queryTable("Statistics (all layers: reported figures against named entries, per layer, category and place)",
                "QueryBenchmark.stats", "QueryBenchmark.statsLinearScan");
    }

    private void queryTable(String title, String indexed, String scan) {
        line("### " + title);
        line("");
        line("| entries | p50 | p99 | samples | scan p50 | scan p99 | scan samples | scan p50 ÷ p50 |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String size : List.of("1000", "10000", "100000", "1000000")) {
            Metric a = metric(indexed, size, "main");
            Metric b = metric(scan, size, "main");
            if (a == null && b == null) {
                line("| " + count(Long.parseLong(size)) + " | not measured | | | | | | |");
                continue;
            }
            line("| " + count(Long.parseLong(size)) + " | " + (a == null ? "–" : ms(a.p50()) + " | " + ms(a.p99()) + " | " + a.samples())
                    + " | " + (b == null ? "– | – | –" : ms(b.p50()) + " | " + ms(b.p99()) + " | " + b.samples())
                    + " | " + (a == null || b == null ? "–" : String.format(Locale.ROOT, "%.1f ×", b.p50() / a.p50())) + " |");
        }
        line("");
    }

    private void installSection() {
        line("## Install → queryable (10k-entry dataset into an atlas of 1M)");
        line("");
        line("The atlas holds 1,000,000 entries in 100 datasets (an immutable `AtlasState`); one more dataset of "
                + "10,000 entries arrives, a new state and snapshot are made, and `entry(\"synthetic-r100/…\")` "
                + "finds its last entry. From bytes: `DatasetValidator.validate` (read, JSON Schema, checks against "
                + "the installed layers) first, as the installer does; from a document: only what the registry "
                + "does when the dataset service appears. JMH `SampleTime`, ms.");
        line("");
        line("| from | p50 | p99 | mean | samples |");
        line("|---|---:|---:|---:|---:|");
        for (String[] b : new String[][] {{"InstallBenchmark.installFromJson", "JSON bytes"},
                {"InstallBenchmark.installDocument", "read document"}}) {
            Metric m = metric(b[0], "1000000", "main");
            line("| " + b[1] + " | " + (m == null ? "not measured | | |" : ms(m.p50()) + " | " + ms(m.p99()) + " | "
                    + ms(m.mean()) + " | " + m.samples()) + " |");
        }
        line("");
    }

    private void heapSection(JsonObject heap) {
        line("## Heap per entry");
        line("");
        if (heap == null) {
            line("Not measured.");
            line("");
            return;
        }
        long entries = heap.get("entries").getAsLong();
        line("A JVM of its own (" + String.join(" ", strings(heap.getAsJsonArray("jvmArgs"))) + "; collectors "
                + String.join(", ", strings(heap.getAsJsonArray("collectors"))) + "). " + count(entries)
                + " entries in " + heap.get("datasets").getAsInt() + " datasets, written as JSON and read back with "
                + "`DatasetReader` (so the heap holds what reading real files gives); bytes of live objects (the class "
                + "histogram's total, after a full collection) before and after each stage. For comparison, the heap's "
                + "\"used\" figure after repeated full collections gave "
                + String.format(Locale.ROOT, "%.0f", heap.has("usedAfterGcPerEntry") ? heap.get("usedAfterGcPerEntry").getAsDouble() : Double.NaN)
                + " bytes per entry in the same run: it also counts dead objects the collector left in place.");
        line("");
        line("| stage | MiB | bytes per entry |");
        line("|---|---:|---:|");
        heapRow("documents as read (entries, names, categories, places, figures)", heap, "documentsBytes", "documentsPerEntry");
        heapRow("+ atlas state and snapshot (segments: id, layer, category and bigram-search indexes)", heap, "indexesBytes", "indexesPerEntry");
        heapRow("+ the snapshot's merged entry list (built on first `entries()`)", heap, "entryListBytes", "entryListPerEntry");
        heapRow("**total**", heap, "totalBytes", "totalPerEntry");
        line("");
        line("Largest live classes at the end (whole heap, including the JVM's own; per entry = bytes ÷ entries):");
        line("");
        line("| class | instances | MiB | bytes per entry |");
        line("|---|---:|---:|---:|");
        for (JsonElement e : heap.getAsJsonArray("histogram")) {
            JsonObject r = e.getAsJsonObject();
            line(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %.1f |", r.get("class").getAsString(),
                    count(r.get("instances").getAsLong()), r.get("bytes").getAsLong() / 1048576.0, r.get("bytesPerEntry").getAsDouble()));
        }
        line("");
        line(String.format(Locale.ROOT, "Generating and reading back took %.1f s; building the state %.1f s.",
                heap.get("generateAndReadSeconds").getAsDouble(), heap.get("buildSeconds").getAsDouble()));
        line("");
    }

    private void heapRow(String stage, JsonObject heap, String bytes, String perEntry) {
        line(String.format(Locale.ROOT, "| %s | %.1f | %.0f |", stage, heap.get(bytes).getAsLong() / 1048576.0,
                heap.get(perEntry).getAsDouble()));
    }

    private void exportSection() {
        line("## Export: SVG and HTML");
        line("");
        line("`new SvgExporter()` / `new HtmlExporter()`, `export(snapshot, Lang.EN, out)` on a snapshot of "
                + "synthetic entries in 100 datasets, written to a counting stream. JMH single shots (one export "
                + "per measurement; slow exports get few of them), ms. 10k is the size of record; the smaller "
                + "sizes show how the time grows.");
        line("");
        line("| format | entries | median | slowest | shots |");
        line("|---|---:|---:|---:|---:|");
        for (String[] b : new String[][] {{"ExportBenchmark.svg", "SVG"}, {"ExportBenchmark.html", "HTML"}}) {
            for (String size : List.of("1000", "3000", "10000")) {
                Metric m = metric(b[0], size, "main");
                if (m != null) {
                    line("| " + b[1] + " | " + count(Long.parseLong(size)) + " | " + ms(m.p50()) + " | " + ms(m.p99())
                            + " | " + m.samples() + " |");
                } else if ("10000".equals(size)) {
                    line("| " + b[1] + " | 10k | not measured | | |");
                }
            }
        }
        line("");
    }

    private void startupSection(JsonObject startup) {
        line("## Start-up: `bin/atlas -c \"atlas:stats\"` beside a bare Felix + Gogo `lb`");
        line("");
        if (startup == null) {
            line("Not measured.");
            line("");
            return;
        }
        int runs = startup.get("runs").getAsInt();
        line("Whole processes started from the measuring JVM, the variants alternating, " + runs + " runs each (first "
                + "runs: " + startup.get("firstRuns").getAsInt() + "); the same java (`" + startup.get("java").getAsString()
                + "`) and the JVM options `bin/atlas` passes, read from the script (`"
                + String.join(" ", strings(startup.getAsJsonArray("jvmFlags"))) + "`). *first output*: start to the "
                + "first byte on stdout; *exit*: start to the process's end. **warm**: bundle caches (and CDS "
                + "archives) kept from unmeasured runs; **cold**: the bundle cache deleted before every run, archives "
                + "kept; **first**: all of `data/` deleted, as on the first run of a fresh installation (an archive is "
                + "written at exit). `bin/atlas` runs on a private copy of `distribution/target/chain-atlas` (same "
                + "files, its own `data/`). The bare runtime is `bench/target/bare-felix`: Felix 7.0.5 with Gogo "
                + "runtime 1.1.6 and command 1.1.2 only (`BareFelix.java`), with only the JDK's default CDS archive, "
                + "and again with its own dynamic archive as `bin/atlas` makes one, and again with none of `bin/atlas`'s "
                + "JVM options (the JVM's defaults). ms, median (min).");
        line("");
        line("| variant | warm first output | warm exit | cold first output | cold exit | first run exit |");
        line("|---|---:|---:|---:|---:|---:|");
        JsonObject variants = startup.getAsJsonObject("variants");
        for (String name : variants.keySet()) {
            JsonObject v = variants.getAsJsonObject(name);
            line("| " + v.get("description").getAsString() + " | " + mm(v, "warm", "firstOutput") + " | " + mm(v, "warm", "exit")
                    + " | " + mm(v, "cold", "firstOutput") + " | " + mm(v, "cold", "exit") + " | "
                    + (v.has("first") ? mm(v, "first", "exit") : "–") + " |");
        }
        line("");
        line("| ratio of medians | warm | cold | first run |");
        line("|---|---:|---:|---:|");
        ratioRow(variants, "whole process: bin/atlas ÷ bare", "atlas", "bare", "exit");
        ratioRow(variants, "first output: bin/atlas ÷ bare", "atlas", "bare", "firstOutput");
        ratioRow(variants, "whole process: bin/atlas ÷ bare with its own CDS archive", "atlas", "bare-cds", "exit");
        ratioRow(variants, "whole process: bin/atlas ÷ bare with the JVM's default options", "atlas", "bare-defaults", "exit");
        ratioRow(variants, "whole process: the launcher without the script ÷ bin/atlas", "launcher", "atlas", "exit");
        line("");
        line("All runs, whole process (ms, in order):");
        line("");
        for (String name : variants.keySet()) {
            JsonObject v = variants.getAsJsonObject(name);
            line("- " + name + ": warm " + all(v, "warm") + "; cold " + all(v, "cold")
                    + (v.has("first") ? "; first " + all(v, "first") : ""));
        }
        line("");
        line("Classes loaded by one warm run (`-Xlog:class+load`), how many of them came from a CDS archive, and how"
                + " many were lambda classes spun at run time (each about 0.15-0.3 ms of a start; see the registry's"
                + " assembly package notes):");
        line("");
        line("| variant | classes loaded | from a CDS archive | lambda classes spun |");
        line("|---|---:|---:|---:|");
        for (String name : variants.keySet()) {
            JsonObject c = variants.getAsJsonObject(name).getAsJsonObject("classes");
            if (c != null) {
                String spun = c.has("lambdasSpun") ? String.format(Locale.ROOT, "%,d", c.get("lambdasSpun").getAsLong()) : "–";
                line(String.format(Locale.ROOT, "| %s | %,d | %,d | %s |", name, c.get("loaded").getAsLong(),
                        c.get("fromArchive").getAsLong(), spun));
            }
        }
        line("");
        line("Commands (after the unmeasured runs):");
        line("");
        for (String name : variants.keySet()) {
            line("- " + name + ": `" + variants.getAsJsonObject(name).get("command").getAsString() + "`");
        }
        line("");
    }

    private void attachTarget(JsonObject attach) {
        if (attach == null) {
            missing("attached command ratio");
            return;
        }
        JsonObject v = attach.getAsJsonObject("variants");
        double attached = median(v, "attached");
        double plain = median(v, "plain");
        row("a second terminal: whole process `bin/atlas -c \"atlas:stats\"` attached to an open console ÷ a plain JVM printing one line (medians, same run)",
                String.format(Locale.ROOT, "%.2f × (%s ÷ %s)", attached / plain, ms(attached), ms(plain)), "≤ 3 ×",
                attached / plain <= 3.0);
    }

    private static double median(JsonObject variants, String name) {
        return variants.getAsJsonObject(name).getAsJsonObject("warm").getAsJsonObject("exit").get("medianMs").getAsDouble();
    }

    private void attachSection(JsonObject attach) {
        line("## A second terminal: commands attached to an open console");
        line("");
        if (attach == null) {
            line("Not measured.");
            line("");
            return;
        }
        line("While `bin/atlas` (the console, in a terminal that script(1) provides) runs on the private copy, a command "
                + "from another terminal runs inside it over its Unix-domain socket; the process that was started only "
                + "relays output and exit status. Whole processes, the variants alternating, " + attach.get("runs").getAsInt()
                + " runs each after unmeasured ones, beside a plain JVM that prints one line with the JVM's default "
                + "options, same java. ms, median (min).");
        line("");
        line("| variant | first output | exit |");
        line("|---|---:|---:|");
        JsonObject variants = attach.getAsJsonObject("variants");
        for (String name : variants.keySet()) {
            JsonObject v = variants.getAsJsonObject(name);
            line("| " + v.get("description").getAsString() + " | " + mm(v, "warm", "firstOutput") + " | " + mm(v, "warm", "exit") + " |");
        }
        line("");
        line("| ratio of medians | whole process |");
        line("|---|---:|");
        line("| `bin/atlas -c` attached ÷ plain JVM | " + ratio(variants, "attached", "plain", "warm", "exit") + " |");
        line("| `bin/atlas COMMAND` attached ÷ plain JVM | " + ratio(variants, "attached-words", "plain", "warm", "exit") + " |");
        line("");
        line("All runs, whole process (ms, in order):");
        line("");
        for (String name : variants.keySet()) {
            line("- " + name + ": " + all(variants.getAsJsonObject(name), "warm"));
        }
        line("");
    }

    private void ratioRow(JsonObject variants, String label, String a, String b, String what) {
        if (!variants.has(a) || !variants.has(b)) {
            return;
        }
        StringBuilder row = new StringBuilder("| " + label);
        for (String mode : List.of("warm", "cold", "first")) {
            boolean both = variants.getAsJsonObject(a).has(mode) && variants.getAsJsonObject(b).has(mode);
            row.append(" | ").append(both ? ratio(variants, a, b, mode, what) : "–");
        }
        line(row + " |");
    }

    private void deploySection(JsonObject deploy, JsonObject fast) {
        line("## `deploy/` drop → queryable");
        line("");
        if (deploy == null) {
            line("Not measured.");
            line("");
            return;
        }
        line("Inside one JVM with the console's JVM options: the real Felix with every bundle of the distribution's "
                + "`bundle/` at the start levels of its `conf/config.properties`, whose properties it uses "
                + "(FileInstall's poll interval included); cache and `deploy/` in a work folder. A synthetic dataset "
                + "file is moved into `deploy/` in one step. The Atlas service's snapshot, which every `atlas:` command "
                + "reads, is looked at every millisecond (a few microseconds a look) until it lists the dataset; then "
                + "`atlas:datasets --json` runs through the Gogo `CommandProcessor` (again until it lists the dataset: "
                + "one run costs " + ms(deploy.getAsJsonObject("pollCommand").get("medianMs").getAsDouble())
                + " median): *queryable* is when that command returns. Polling with the command alone would keep one "
                + "of the two cores busy polling while the install works. FileInstall takes a file once two looks "
                + "in a row find it unchanged, so a drop waits one to two poll intervals before the install starts. "
                + "The file is then deleted and its removal awaited the same way. The first drop of each size is "
                + "not counted. Boot to ready: " + ms(deploy.get("bootToReadyMs").getAsDouble()) + ".");
        JsonArray added = deploy.getAsJsonArray("bundlesAddedToDistribution");
        if (added != null && !added.isEmpty()) {
            line("");
            line("The distribution's `bundle/` lacked " + String.join(", ", strings(added))
                    + "; the measurement added it from the build, as the distribution will ship it.");
        }
        line("");
        line("| dataset | poll | drop → queryable median | min | max | drop → in the Atlas service median "
                + "| delete → gone median | drops |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (JsonObject d : fast == null ? List.of(deploy) : List.of(deploy, fast)) {
            JsonObject bySize = d.getAsJsonObject("bySize");
            for (String size : bySize.keySet()) {
                JsonObject s = bySize.getAsJsonObject(size);
                JsonObject q = s.getAsJsonObject("dropToQueryable");
                line("| " + count(Long.parseLong(size)) + " entries | " + d.get("pollIntervalMs").getAsString() + " ms | "
                        + ms(q.get("medianMs").getAsDouble()) + " | " + ms(q.get("minMs").getAsDouble()) + " | "
                        + ms(q.get("maxMs").getAsDouble()) + " | "
                        + ms(s.getAsJsonObject("dropToAtlasService").get("medianMs").getAsDouble()) + " | "
                        + ms(s.getAsJsonObject("deleteToGone").get("medianMs").getAsDouble()) + " | "
                        + q.getAsJsonArray("allMs").size() + " |");
            }
        }
        line("");
        if (fast != null) {
            line("The second poll interval is a what-if (`-Dbench.poll`), not the shipped configuration.");
            line("");
        }
    }

    private void diagnosticsSection(JsonObject d) {
        line("## Diagnostics: where the time goes at " + (d == null ? "1M" : count(d.get("entries").getAsLong())) + " entries");
        line("");
        if (d == null) {
            line("Not measured.");
            line("");
            return;
        }
        line("One query at a time, median (max) of a few calls after warm-up, the console's JVM options (`Diagnostics.java`; "
                + "not a benchmark of record). ms.");
        line("");
        line("*candidates*: entries that hold the query's four rarest bigrams (two adjacent characters of the "
                + "lower-cased text without spaces), which the bigram index intersects and hands on to be checked "
                + "one by one; computed by the bench from the same text the index reads.");
        line("");
        line("| search | hits | candidates | indexed, every match | indexed, first " + QueryMix.PAGE + " | linear scan |");
        line("|---|---:|---:|---:|---:|---:|");
        for (JsonElement e : d.getAsJsonArray("search")) {
            JsonObject r = e.getAsJsonObject();
            line("| `" + r.get("query").getAsString() + "` | " + String.format(Locale.ROOT, "%,d", r.get("hits").getAsLong())
                    + " | " + (r.has("candidates") ? String.format(Locale.ROOT, "%,d", r.get("candidates").getAsLong()) : "–")
                    + " | " + medMax(r, "indexed") + " | " + (r.has("page") ? medMax(r, "page") : "–") + " | "
                    + medMax(r, "scan") + " |");
        }
        line("");
        line("| atlas:list | hits | indexed, every entry | indexed, first " + QueryMix.PAGE + " |");
        line("|---|---:|---:|---:|");
        for (JsonElement e : d.getAsJsonArray("list")) {
            JsonObject r = e.getAsJsonObject();
            line("| `" + r.get("query").getAsString() + "` | " + String.format(Locale.ROOT, "%,d", r.get("hits").getAsLong())
                    + " | " + medMax(r, "indexed") + " | " + (r.has("page") ? medMax(r, "page") : "–") + " |");
        }
        line("");
        if (d.has("install")) {
            JsonObject i = d.getAsJsonObject("install");
            line(String.format(Locale.ROOT, "Install in parts: one dataset of %,d entries (%.1f MiB of JSON) into the atlas of %,d.",
                    i.get("entries").getAsLong(), i.get("jsonBytes").getAsLong() / 1048576.0, i.get("atlasEntries").getAsLong()));
            line("");
            line("| step | time |");
            line("|---|---:|");
            line("| `DatasetReader.read` (parse, JSON Schema, model) | " + medMax(i, "read") + " |");
            line("| `DatasetValidator.validate` (read + checks against the layers + positions) | " + medMax(i, "validate") + " |");
            line("| `withDataset` + `snapshot` + `entry` (segment and indexes for the new dataset) | " + medMax(i, "index") + " |");
            line("");
        }
        line("| statistics of | time |");
        line("|---|---:|");
        for (JsonElement e : d.getAsJsonArray("stats")) {
            JsonObject r = e.getAsJsonObject();
            line("| " + r.get("scope").getAsString() + " | " + medMax(r, "time") + " |");
        }
        line("");
    }

    private void compilerSection() {
        List<String> rows = new ArrayList<>();
        String[][] benchmarks = {{"QueryBenchmark.searchPage", "1000000", "search, first page, 1M"},
                {"QueryBenchmark.search", "1000000", "search, every match, 1M"},
                {"QueryBenchmark.listPage", "1000000", "list by category, first page, 1M"},
                {"QueryBenchmark.listByCategory", "1000000", "list by category, every entry, 1M"},
                {"QueryBenchmark.stats", "1000000", "statistics, 1M"},
                {"ExportBenchmark.svg", "10000", "SVG export, 10k"}, {"ExportBenchmark.html", "10000", "HTML export, 10k"}};
        for (String[] b : benchmarks) {
            Metric main = metric(b[0], b[1], "main");
            Metric alt = metric(b[0], b[1], "alt");
            if (alt != null) {
                rows.add("| " + b[2] + " | " + (main == null ? "– | –" : ms(main.p50()) + " | " + ms(main.p99()))
                        + " | " + ms(alt.p50()) + " | " + ms(alt.p99()) + " |");
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        line("## The same work with the JVM options of a one-off command (`bin/atlas -c`)");
        line("");
        line("`bin/atlas` chooses its JVM options by mode: an open console gets `" + variantFlags.getOrDefault("main", "?")
                + "` (the tables above), a one-off `-c` command gets `" + variantFlags.getOrDefault("alt", "?")
                + "` (heap size aside), which is what `bin/atlas -c \"atlas:search …\"` or `atlas:export` run with. "
                + "Few samples: p99 is the slowest call or two; exports are one shot. ms.");
        line("");
        line("| work | console p50 | console p99 | `-c` p50 | `-c` p99 |");
        line("|---|---:|---:|---:|---:|");
        rows.forEach(this::line);
        line("");
    }

    private void settingsSection() {
        line("## JMH settings");
        line("");
        line("| results file | forks | warm-up | measurement | JVM flags |");
        line("|---|---:|---|---|---|");
        jmhSettings.forEach((file, run) -> line("| " + file + " | " + run.get("forks").getAsInt() + " | "
                + run.get("warmupIterations").getAsInt() + " × " + run.get("warmupTime").getAsString() + " | "
                + run.get("measurementIterations").getAsInt() + " × " + run.get("measurementTime").getAsString() + " | `"
                + String.join(" ", strings(run.getAsJsonArray("jvmArgs"))) + "` |"));
        line("");
        line("A `SampleTime` iteration lasts at least one call: where one call takes longer than the iteration "
                + "time, each iteration is a single sample and p99 is the slowest of a handful.");
        line("");
    }

    private void caveats(Map<String, String> machine) {
        line("## Caveats");
        line("");
        line("- One run on one " + machine.getOrDefault("nproc", "?") + "-core machine, which other work may share "
                + "(see the load averages above); figures move by several per cent from run to run (start-up more). JMH used one fork "
                + "and few iterations to keep the whole run short; p99 from a few hundred samples or fewer "
                + "is the slowest few calls.");
        line("- The search and list percentiles are over a fixed query mix: p99 is set by the heaviest queries "
                + "(common words with tens of thousands of hits at 1M); the diagnostics table gives each query alone.");
        line("- Synthetic data: names are random two-syllable brands with real city names, spread evenly over 100 "
                + "regions; real regional data is smaller per region and more uneven. Each region reports three "
                + "park counts per zone, as the seed reports park counts per province.");
        line("- The 1M atlas is built in-process from documents (`AtlasState.withDataset` per dataset), not by "
                + "installing 100 bundles; the install and deploy figures cover the bundle path separately.");
        line("- Cold start deletes the bundle caches but not the operating system's file cache.");
        line("- Measured code is whatever `bundles/` held when the script built it: the commit above, and whether the working tree had uncommitted changes.");
        line("");
    }

    // --- helpers -----------------------------------------------------------------------------

    private void row(String measure, String figure, String target, boolean met) {
        line("| " + measure + " | " + figure + " | " + target + " | " + (met ? "met" : "**not met**") + " |");
    }

    private void missing(String measure) {
        line("| " + measure + " | not measured | | |");
    }

    private String mm(JsonObject variant, String temperature, String what) {
        JsonObject o = variant.getAsJsonObject(temperature).getAsJsonObject(what);
        return ms(o.get("medianMs").getAsDouble()) + " (" + ms(o.get("minMs").getAsDouble()) + ")";
    }

    private static String ratio(JsonObject variants, String a, String b, String temperature, String what) {
        double x = variants.getAsJsonObject(a).getAsJsonObject(temperature).getAsJsonObject(what).get("medianMs").getAsDouble();
        double y = variants.getAsJsonObject(b).getAsJsonObject(temperature).getAsJsonObject(what).get("medianMs").getAsDouble();
        return String.format(Locale.ROOT, "%.2f ×", x / y);
    }

    private static String all(JsonObject variant, String temperature) {
        return String.join(", ", strings(variant.getAsJsonObject(temperature).getAsJsonObject("exit").getAsJsonArray("allMs"))
                .stream().map(s -> s.replaceAll("\\.\\d+$", "")).toList());
    }

    private static String medMax(JsonObject row, String key) {
        JsonObject t = row.getAsJsonObject(key);
        return ms(t.get("medianMs").getAsDouble()) + " (" + ms(t.get("maxMs").getAsDouble()) + ")";
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    /** Milliseconds with a precision that suits their size. */
    static String ms(double v) {
        String unit = " ms";
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v) + unit;
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v) + unit;
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.2f", v) + unit;
        }
        return String.format(Locale.ROOT, "%.3f", v) + unit;
    }

    private static String count(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1000 && n % 1000 == 0) {
            return n / 1000 + "k";
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
