package org.chainatlas.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;

/** Repeated wall-clock measurements summarised the same way everywhere: median, min, max and every run, in ms. */
final class Timings {
    private Timings() {
    }

    static JsonObject summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        JsonObject o = new JsonObject();
        o.addProperty("medianMs", (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6);
        o.addProperty("minMs", sorted[0] / 1e6);
        o.addProperty("maxMs", sorted[n - 1] / 1e6);
        JsonArray all = new JsonArray();
        for (long v : nanos) {
            all.add(Math.round(v / 1e5) / 10.0);
        }
        o.add("allMs", all);
        return o;
    }
}
