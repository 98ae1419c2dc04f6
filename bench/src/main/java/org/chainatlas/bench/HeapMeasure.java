package org.chainatlas.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.assembly.AtlasState;
import org.chainatlas.registry.assembly.Snapshot;

/**
 * Heap bytes per entry, in a JVM of its own: the bytes of live objects (the class histogram's
 * total, taken after a full collection) before and after each stage. Live bytes, not the heap's
 * "used" figure, which also counts dead objects a collector chose not to compact away (the
 * parallel collector's full collections leave some: about 45 bytes per entry more at 1M). The documents are written as JSON and read back with the registry's reader, so the
 * heap holds what it holds after reading real files. Stages: the read documents (the raw data),
 * then the atlas state and snapshot built on them (the indexes: per-dataset segments with id,
 * layer, category and bigram-search indexes), then the snapshot's merged entry list (built on
 * first use). Also the live-object class histogram, to say where the bytes are.
 * {@code HeapMeasure <entries> <out.json>}
 */
public final class HeapMeasure {
    private HeapMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int total = Integer.parseInt(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        SyntheticAtlas synthetic = SyntheticAtlas.withRealLayers();
        List<Layer> layers = synthetic.layers();

        long baseline = liveBytes();
        long t0 = System.nanoTime();
        List<DatasetDocument> documents = new ArrayList<>(SyntheticAtlas.REGIONS);
        for (int r = 0; r < SyntheticAtlas.REGIONS; r++) {
            int size = total / SyntheticAtlas.REGIONS + (r < total % SyntheticAtlas.REGIONS ? 1 : 0);
            documents.add(Fixture.roundTrip(synthetic.dataset(r, size)));
        }
        long readSeconds = System.nanoTime() - t0;
        long withDocuments = liveBytes();

        t0 = System.nanoTime();
        AtlasState state = Fixture.state(layers, documents);
        Snapshot snapshot = state.snapshot(1);
        long buildNanos = System.nanoTime() - t0;
        long withIndexes = liveBytes();

        int entries = snapshot.entries().size();
        long withEntryList = liveBytes();
        String histogram = histogram();
        long usedAtEnd = usedAfterGc();

        JsonObject o = new JsonObject();
        o.addProperty("entries", entries);
        o.addProperty("datasets", documents.size());
        o.addProperty("baselineBytes", baseline);
        o.addProperty("documentsBytes", withDocuments - baseline);
        o.addProperty("indexesBytes", withIndexes - withDocuments);
        o.addProperty("entryListBytes", withEntryList - withIndexes);
        o.addProperty("totalBytes", withEntryList - baseline);
        o.addProperty("documentsPerEntry", (double) (withDocuments - baseline) / entries);
        o.addProperty("indexesPerEntry", (double) (withIndexes - withDocuments) / entries);
        o.addProperty("entryListPerEntry", (double) (withEntryList - withIndexes) / entries);
        o.addProperty("atlasPerEntry", (double) (withIndexes - baseline) / entries);
        o.addProperty("totalPerEntry", (double) (withEntryList - baseline) / entries);
        o.addProperty("usedAfterGcPerEntry", (double) (usedAtEnd - baseline) / entries);
        o.addProperty("generateAndReadSeconds", readSeconds / 1e9);
        o.addProperty("buildSeconds", buildNanos / 1e9);
        o.addProperty("maxHeapBytes", Runtime.getRuntime().maxMemory());
        JsonArray gcs = new JsonArray();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        o.add("collectors", gcs);
        JsonArray jvm = new JsonArray();
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(jvm::add);
        o.add("jvmArgs", jvm);
        o.add("histogram", top(histogram, 16, entries));
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o),
                StandardCharsets.UTF_8);
        System.out.println("heap: " + o.get("totalPerEntry").getAsDouble() + " bytes per entry ("
                + o.get("documentsPerEntry").getAsDouble() + " documents, " + o.get("indexesPerEntry").getAsDouble()
                + " indexes, " + o.get("entryListPerEntry").getAsDouble() + " merged entry list)");
        Reference.reachabilityFence(documents);
        Reference.reachabilityFence(state);
        Reference.reachabilityFence(snapshot);
    }

    /** Bytes of live objects: the class histogram's total, which a full collection precedes. */
    static long liveBytes() {
        for (String line : histogram().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && f[0].equals("Total")) {
                return Long.parseLong(f[2]);
            }
        }
        throw new IllegalStateException("the JVM gave no class histogram total");
    }

    /** Used heap after full collections, once it stops shrinking. */
    static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used && i >= 2) {
                return Math.min(used, now);
            }
            used = Math.min(used, now);
        }
        return used;
    }

    /** The live-object class histogram (what {@code jcmd GC.class_histogram} prints). */
    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            return "";
        }
    }

    /** The biggest classes: instances and bytes, per entry. */
    private static JsonArray top(String histogram, int n, int entries) {
        JsonArray rows = new JsonArray();
        for (String line : histogram.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                JsonObject row = new JsonObject();
                row.addProperty("class", f[3]);
                row.addProperty("instances", Long.parseLong(f[1]));
                row.addProperty("bytes", Long.parseLong(f[2]));
                row.addProperty("bytesPerEntry", Long.parseLong(f[2]) / (double) entries);
                rows.add(row);
                if (rows.size() == n) {
                    break;
                }
            }
        }
        return rows;
    }

}
