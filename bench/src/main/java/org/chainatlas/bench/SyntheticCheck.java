package org.chainatlas.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.DatasetWriter;

/**
 * Checks that synthetic datasets are valid the way a user's file must be (schema, ids, layers,
 * categories, figures adding up) and prints a sample: {@code SyntheticCheck [entries per dataset]}.
 * Exits non-zero on any error, so bench/run stops before measuring broken data.
 */
public final class SyntheticCheck {
    private SyntheticCheck() {
    }

    public static void main(String[] args) {
        int perDataset = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SyntheticAtlas atlas = SyntheticAtlas.withRealLayers();
        List<Layer> layers = atlas.layers();
        int errors = 0;
        for (int region : new int[] {0, 1, 57, 99, 100}) {
            DatasetDocument doc = atlas.dataset(region, perDataset);
            Validation v = DatasetValidator.validate(doc.id() + ".json", DatasetWriter.write(doc), layers);
            for (Problem p : v.problems()) {
                if (p.isError()) {
                    errors++;
                    if (errors <= 10) {
                        System.out.println("ERROR " + p);
                    }
                }
            }
            if (region == 0) {
                sample(doc);
            }
        }
        System.out.println(errors == 0 ? "synthetic datasets validate: no errors" : errors + " errors");
        System.exit(errors == 0 ? 0 : 1);
    }

    private static void sample(DatasetDocument doc) {
        System.out.println(doc.id() + ": " + doc.title().zh() + " / " + doc.title().en());
        System.out.println("source: " + doc.sources().get(0).title().en());
        Map<String, Integer> byLayer = new TreeMap<>();
        doc.entries().forEach(e -> byLayer.merge(e.layer(), 1, Integer::sum));
        System.out.println("entries by layer: " + byLayer + ", places " + doc.places().size()
                + ", figures " + doc.figures().size());
        for (int i = 0; i < Math.min(12, doc.entries().size()); i++) {
            Entry e = doc.entries().get(i * Math.max(1, doc.entries().size() / 12));
            System.out.println("  " + e.id() + " [" + e.layer() + " " + e.categories() + "] " + e.name().zh() + " / "
                    + e.name().en() + (e.organisation() == null ? "" : " — " + e.organisation().zh()));
        }
    }
}
