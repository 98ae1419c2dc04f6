package org.chainatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.format.DatasetWriter;
import org.chainatlas.registry.format.FormatException;
import org.chainatlas.registry.format.LayerReader;

/**
 * SYNTHETIC benchmark data, never shipped: a deterministic (seeded) generator of regional
 * datasets shaped like the real one. A size of N entries is spread evenly over {@value #REGIONS}
 * regional datasets {@code synthetic-r000} ... {@code synthetic-r099}; each has a region place
 * and a few zones (no GB/T 2260 codes), entries over every installed layer with valid categories
 * from the real layer definitions (several per multi-category facet, as the application layer's
 * domain and industry allow), bilingual company-style names, organisations for some, and
 * reported figures per layer, category and place, as the seed map has them.
 *
 * <p>Every dataset says "synthetic" in its title, and its one source is
 * {@value #SOURCE_TITLE_EN}. Strings that a parsed file would hold once per entry (layer,
 * category and place ids) are fresh copies per entry, so the heap looks like that of a dataset
 * read from JSON.
 */
public final class SyntheticAtlas {

    public static final int REGIONS = 100;
    public static final long DEFAULT_SEED = 20221029L;
    public static final String ID_PREFIX = "synthetic-r";
    public static final String SOURCE_TITLE_EN = "ChainAtlas synthetic benchmark data (not real)";
    public static final String SOURCE_TITLE_ZH = "ChainAtlas 合成基准数据（非真实数据）";
    public static final List<String> LAYER_IDS = List.of("base", "middle", "application", "service");

    /** Share of a dataset's entries per layer id; a layer not listed gets {@link #OTHER_LAYER_WEIGHT}. */
    private static final Map<String, Double> LAYER_WEIGHTS = Map.of(
            "base", 0.05, "middle", 0.30, "application", 0.45, "service", 0.20);
    private static final double OTHER_LAYER_WEIGHT = 0.05;
    private static final int ZONES_PER_REGION = 6;
    private static final int PLACE_FIGURES_PER_REGION = 3;

    private final List<Layer> layers;
    private final long seed;

    public SyntheticAtlas(List<Layer> layers, long seed) {
        this.layers = layers.stream().sorted(Comparator.comparingInt(Layer::rank)).toList();
        this.seed = seed;
    }

    /** The generator over the four real layers, read from the layer bundles' own JSON. */
    public static SyntheticAtlas withRealLayers() {
        return new SyntheticAtlas(realLayers(), DEFAULT_SEED);
    }

    /** base, middle, application and service, as their bundles define them (copied in at build time). */
    public static List<Layer> realLayers() {
        List<Layer> layers = new ArrayList<>();
        for (String id : LAYER_IDS) {
            String resource = "/synthetic-layers/" + id + "/layer.json";
            try (InputStream in = SyntheticAtlas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no " + resource + " on the class path; build the bench module");
                }
                layers.add(LayerReader.read(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FormatException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** {@code total} entries spread over {@value #REGIONS} regional datasets (the first ones take the remainder). */
    public List<DatasetDocument> datasets(int total) {
        List<DatasetDocument> out = new ArrayList<>(REGIONS);
        for (int r = 0; r < REGIONS; r++) {
            out.add(dataset(r, total / REGIONS + (r < total % REGIONS ? 1 : 0)));
        }
        return out;
    }

    public static String datasetId(int region) {
        return ID_PREFIX + String.format("%03d", region);
    }

    /** One regional dataset, {@code synthetic-rNNN}; the same (seed, region, size) gives the same document. */
    public DatasetDocument dataset(int region, int entries) {
        return dataset(datasetId(region), region, entries);
    }

    /** A regional dataset under another id, e.g. for repeated deploy/ drops of the same region. */
    public DatasetDocument dataset(String id, int region, int entries) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + region * 7919L + entries);
        SyntheticNames.Word city = SyntheticNames.city(region);
        Source source = new Source("synthetic", Text.of(SOURCE_TITLE_ZH, SOURCE_TITLE_EN), null,
                Text.of("ChainAtlas bench 模块", "ChainAtlas bench module"), null);

        String regionPlace = id;
        List<Place> places = new ArrayList<>();
        places.add(new Place(regionPlace, Text.of(city.zh() + "（合成）", city.en() + " (synthetic)"), null, null, "city"));
        List<SyntheticNames.Word> zones = new ArrayList<>();
        List<String> zoneIds = new ArrayList<>();
        for (int z = 0; z < ZONES_PER_REGION; z++) {
            SyntheticNames.Word zone = SyntheticNames.ZONES.get((region + z) % SyntheticNames.ZONES.size());
            zones.add(zone);
            zoneIds.add(regionPlace + "-" + zone.slug());
            places.add(new Place(zoneIds.get(z), Text.of(city.zh() + zone.zh(), city.en() + " " + zone.en()),
                    null, regionPlace, "district"));
        }

        double[] weights = layers.stream().mapToDouble(l -> LAYER_WEIGHTS.getOrDefault(l.id(), OTHER_LAYER_WEIGHT)).toArray();
        List<Entry> list = new ArrayList<>(entries);
        Text[] organisation = new Text[1];
        for (int i = 0; i < entries; i++) {
            Layer layer = layers.get(weighted(weights, random));
            Map<String, List<String>> categories = new LinkedHashMap<>();
            Category named = null;
            for (Facet facet : layer.facets()) {
                List<Category> chosen = chooseCategories(facet, random);
                if (named == null && !chosen.isEmpty()) {
                    named = chosen.get(0);
                }
                List<String> ids = new ArrayList<>(chosen.size());
                chosen.forEach(c -> ids.add(fresh(c.id())));
                if (!ids.isEmpty()) {
                    categories.put(fresh(facet.id()), ids);
                }
            }
            int zoneIndex = random.nextInt(ZONES_PER_REGION);
            SyntheticNames.Brand brand = SyntheticNames.brand(random);
            Text name = SyntheticNames.entryName(layer.id(),
                    named == null ? new Category("general", Text.of("综合", "General")) : named,
                    city, zones.get(zoneIndex), brand, random, organisation);
            String key = organisation[0] != null && random.nextBoolean()
                    ? String.format("SYNTH%03d%010d", region, i) : null;
            String place = random.nextInt(5) == 0 ? regionPlace : zoneIds.get(zoneIndex);
            List<String> links = random.nextInt(10) == 0
                    ? List.of("https://example.org/synthetic/" + id + "/" + i) : List.of();
            String entryId = layerPrefix(layer.id()) + "-" + brand.slug() + "-" + String.format("%06d", i);
            list.add(new Entry(id, entryId, fresh(layer.id()), name, categories, organisation[0], key,
                    List.of(fresh(place)), links, null, new Provenance(source, null)));
        }

        return new DatasetDocument(DatasetDocument.FORMAT, id, "1.0.0",
                Text.of("合成数据 " + city.zh() + " 产业区块链生态 (synthetic)",
                        "Synthetic data: " + city.en() + " industrial blockchain ecosystem (synthetic)"),
                regionPlace,
                Text.of("由 ChainAtlas bench 模块生成的合成基准数据，仅供性能测试；名称均为随机组合，如与真实机构雷同纯属巧合。",
                        "Synthetic benchmark data generated by the ChainAtlas bench module, for performance tests only; "
                                + "names are random combinations and any likeness to a real organisation is a coincidence."),
                List.of(source), places, list, figures(id, list, zoneIds, source, random));
    }

    /** Writes one dataset as a "chainatlas/dataset@1" file, atomically (a deploy/ watcher never sees half a file). */
    public static Path write(DatasetDocument doc, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".synthetic", ".tmp");
        Files.write(tmp, DatasetWriter.write(doc));
        return Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes the datasets of one size as JSON files: {@code SyntheticAtlas <entries> <folder>}.
     * For looking at the data, or for dropping it into a deploy/ folder.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticAtlas <total entries> <output folder>");
            System.exit(2);
        }
        int total = Integer.parseInt(args[0].replace("_", ""));
        Path folder = Files.createDirectories(Path.of(args[1]));
        for (DatasetDocument doc : withRealLayers().datasets(total)) {
            write(doc, folder.resolve(doc.id() + ".json"));
        }
        System.out.println("wrote " + REGIONS + " synthetic datasets, " + total + " entries in all, to " + folder);
    }

    // --- categories --------------------------------------------------------------------------

    /** One category, or (for a facet that takes several) one to three; leaves more often than their parents. */
    private static List<Category> chooseCategories(Facet facet, SplittableRandom random) {
        List<Category> all = facet.flatten();
        if (all.isEmpty()) {
            return List.of();
        }
        double[] weights = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            weights[i] = (all.get(i).children().isEmpty() ? 1.0 : 0.25) / Math.pow(i + 1, 0.7);
        }
        int count = 1;
        if (facet.multiple()) {
            int roll = random.nextInt(10);
            count = roll < 6 ? 1 : roll < 9 ? 2 : 3;
        }
        LinkedHashSet<Category> chosen = new LinkedHashSet<>();
        for (int tries = 0; chosen.size() < Math.min(count, all.size()) && tries < 20; tries++) {
            Category candidate = all.get(weighted(weights, random));
            // never a category together with its own parent: that says the same thing twice
            if (chosen.stream().noneMatch(c -> c.covers(candidate.id()) || candidate.covers(c.id()))) {
                chosen.add(candidate);
            }
        }
        return List.copyOf(chosen);
    }

    private static int weighted(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // --- figures -----------------------------------------------------------------------------

    /**
     * Reported figures as the seed has them: a total per layer (at least what is named), one per
     * top-level category of single-category facets (printed shares for the middle layer), and a few
     * park counts per zone. They add up: parts never exceed their whole.
     */
    private List<Figure> figures(String dataset, List<Entry> entries, List<String> zoneIds, Source source,
                                 SplittableRandom random) {
        Text unit = Text.of("家", "organisations");
        List<Figure> out = new ArrayList<>();
        for (Layer layer : layers) {
            List<Entry> own = entries.stream().filter(e -> e.layer().equals(layer.id())).toList();
            long total = Math.round(own.size() * (1.0 + random.nextDouble() * 0.6));
            List<Figure> parts = new ArrayList<>();
            for (Facet facet : layer.facets()) {
                if (facet.multiple()) {
                    continue;
                }
                long sum = 0;
                Map<String, Long> reported = new LinkedHashMap<>();
                for (Category top : facet.categories()) {
                    long named = own.stream().filter(e -> e.categories(facet.id()).stream().anyMatch(top::covers)).count();
                    long value = named + Math.round(named * random.nextDouble() * 0.5);
                    reported.put(top.id(), value);
                    sum += value;
                }
                if ("service".equals(layer.id()) && facet.find("park").isPresent()) {
                    List<Figure> byZone = parkFigures(dataset, facet, layer, own, zoneIds, source, unit, random);
                    long zones = byZone.stream().mapToLong(Figure::value).sum();
                    String top = facet.topOf("park").orElseThrow().id();
                    if (reported.get(top) < zones) {
                        sum += zones - reported.get(top);
                        reported.put(top, zones);
                    }
                    parts.addAll(byZone);
                }
                total = Math.max(total, sum);
                reported.forEach((category, value) -> parts.add(new Figure(dataset, layer.id() + "-" + category,
                        layer.id(), facet.id(), category, null, value, null, unit, null, new Provenance(source, null))));
            }
            out.add(new Figure(dataset, layer.id() + "-total", layer.id(), null, null, null, total, null, unit,
                    Text.of("合成数据的上报总数", "reported total of synthetic data"), new Provenance(source, null)));
            for (Figure f : parts) {
                boolean printsShare = "middle".equals(layer.id()) && f.place() == null && total > 0;
                Double share = printsShare ? (double) Math.round(100.0 * f.value() / total) : null;
                out.add(new Figure(f.dataset(), f.id(), f.layer(), f.facet(), f.category(), f.place(), f.value(),
                        share, f.unit(), f.note(), f.provenance()));
            }
        }
        return out;
    }

    /** "N parks in this zone", for a few zones: what the seed reports per province. */
    private static List<Figure> parkFigures(String dataset, Facet facet, Layer layer, List<Entry> own, List<String> zoneIds,
                                            Source source, Text unit, SplittableRandom random) {
        Map<String, Long> parksByPlace = new HashMap<>();
        for (Entry e : own) {
            if (e.categories(facet.id()).contains("park")) {
                e.places().forEach(p -> parksByPlace.merge(p, 1L, Long::sum));
            }
        }
        List<Figure> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < PLACE_FIGURES_PER_REGION && i < zoneIds.size(); i++) {
            String zone = zoneIds.get(random.nextInt(zoneIds.size()));
            if (used.add(zone)) {
                long value = parksByPlace.getOrDefault(zone, 0L) + random.nextInt(3);
                out.add(new Figure(dataset, layer.id() + "-park-" + zone.substring(zone.lastIndexOf('-') + 1),
                        layer.id(), facet.id(), "park", zone, value, null, unit, null, new Provenance(source, null)));
            }
        }
        return out;
    }

    private static String layerPrefix(String layer) {
        return switch (layer) {
            case "application" -> "app";
            case "service" -> "svc";
            case "middle" -> "mid";
            default -> layer.length() <= 4 ? layer : layer.substring(0, 4);
        };
    }

    /** A copy with its own characters: what a JSON parser hands out for every value it reads. */
    private static String fresh(String s) {
        return new String(s.toCharArray());
    }
}
