package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * Reads a dataset in the "chainatlas/dataset@1" format and checks what the document alone can
 * tell: types, required fields, ids, and that every place, source and parent it names exists.
 * Whether layers and categories exist is the atlas's business: they may arrive later.
 */
public final class DatasetReader {
    private static final SchemaValidator SCHEMA = SchemaValidator.shipped("dataset-1.schema.json");
    private static final Pattern GB2260 = Pattern.compile("\\d{6}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> placeIds = new HashSet<>();
    private String datasetId;
    /** Ids that recur on every entry (layers, facets, categories, places) kept once, not once per entry. */
    private final Map<String, String> shared = new HashMap<>();
    /** One provenance per source for the entries and figures that add no note of their own. */
    private final Map<Source, Provenance> plain = new HashMap<>();
    private final Recurring recurring = new Recurring();

    private DatasetReader() {
    }

    public static DatasetDocument read(byte[] json) throws FormatException {
        return Documents.read(json, SCHEMA, root -> new DatasetReader().document(root));
    }

    private DatasetDocument document(Node root) {
        String format = root.get("format").string(true);
        if (format != null && !DatasetDocument.FORMAT.equals(format)) {
            root.get("format").problem("is '" + format + "'; this version reads \"" + DatasetDocument.FORMAT + "\"");
        }
        datasetId = root.get("id").id(true);
        String version = root.get("version").string(true);
        if (version != null && !DatasetBundles.fitsBundleVersion(version)) {
            root.get("version").problem("'" + version + "' has a number above " + Integer.MAX_VALUE
                    + ", which a bundle version cannot hold; use smaller numbers, e.g. 1.0.0");
            version = null;
        }
        Text title = root.get("title").line(true);
        Text description = root.get("description").text(false);
        root.get("sources").mapElements(this::source).forEach(s -> sources.put(s.id(), s));
        LayerReader.unique(root.get("sources"), root.get("sources").mapElements(n -> n.get("id").string(false)), "source");
        List<Place> places = places(root.get("places"));
        String region = root.get("region").id(false);
        if (region != null && !placeIds.contains(region)) {
            root.get("region").problem("names place '" + region + "', which is not in $.places");
        }
        if (datasetId == null || version == null || title == null) {
            return null;
        }
        List<Entry> entries = root.get("entries").mapElements(this::entry);
        LayerReader.unique(root.get("entries"), entries.stream().map(Entry::id).toList(), "entry");
        List<Figure> figures = root.get("figures").mapElements(this::figure);
        LayerReader.unique(root.get("figures"), figures.stream().map(Figure::id).toList(), "figure");
        List<ContributedCategory> categories = root.get("categories").mapElements(this::contributed);
        LayerReader.unique(root.get("categories"), categories.stream().map(ContributedCategory::id).toList(),
                "contributed category");
        return new DatasetDocument(format, datasetId, version, title, region, description,
                List.copyOf(sources.values()), places, entries, figures, categories);
    }

    private Source source(Node node) {
        if (!node.requireObject()) {
            return null;
        }
        String id = node.get("id").id(true);
        Text title = node.get("title").line(true);
        String date = date(node.get("date"));
        Text publisher = node.get("publisher").line(false);
        String url = node.get("url").address(false);
        return id == null || title == null ? null : new Source(id, title, date, publisher, url);
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD (the schema checks the shape) that names a day, month or year there is. */
    private static String date(Node node) {
        String date = node.string(false);
        if (date == null || !DATE.matcher(date).matches()) {
            return date;
        }
        try {
            switch (date.length()) {
                case 7 -> java.time.YearMonth.parse(date);
                case 10 -> java.time.LocalDate.parse(date);
                default -> { } // a year: any four digits
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            node.problem("'" + date + "' is not a date in the calendar; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05-01");
            return null;
        }
    }

    private List<Place> places(Node array) {
        List<Place> places = new ArrayList<>();
        Map<String, Node> parents = new HashMap<>();
        for (Node node : array.elements()) {
            if (!node.requireObject()) {
                continue;
            }
            String id = node.get("id").id(true);
            Text name = node.get("name").line(true);
            String code = node.get("code").string(false);
            if (code != null && !GB2260.matcher(code).matches()) {
                node.get("code").problem("'" + code + "' is not a GB/T 2260 code (six digits)");
            }
            String parent = node.get("parent").id(false);
            String level = node.get("level").string(false);
            if (id == null || name == null) {
                continue;
            }
            if (!placeIds.add(id)) {
                node.get("id").problem("place id '" + id + "' is used twice");
                continue;
            }
            if (parent != null) {
                parents.put(parent, node.get("parent"));
            }
            places.add(new Place(id, name, code, parent, level));
        }
        parents.forEach((parent, where) -> {
            if (!placeIds.contains(parent)) {
                where.problem("names place '" + parent + "', which is not in $.places");
            }
        });
        return places;
    }

    private Entry entry(Node node) {
        if (!node.requireObject()) {
            return null;
        }
        String id = node.get("id").id(true);
        String layer = shared(node.get("layer").id(true));
        Text name = recurring.of(node.get("name").line(true));
        Map<String, List<String>> categories = categories(node.get("categories"));
        Text organisation = recurring.of(node.get("organisation").line(false));
        String organisationKey = node.get("organisationKey").safeLine(false);
        List<String> places = recurring.of(List.copyOf(placeRefs(node.get("places"))));
        List<String> links = node.get("links").mapElements(n -> n.address(true));
        Text note = node.get("note").text(false);
        Provenance provenance = provenance(node);
        if (id == null || layer == null || name == null || provenance == null) {
            return null;
        }
        return recurring.entry(new Entry(datasetId, id, layer, name, recurring.categories(categories),
                organisation, organisationKey, places, links, note, provenance));
    }

    private Map<String, List<String>> categories(Node node) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        if (!node.present() || !node.requireObject()) {
            return categories;
        }
        for (String facet : node.memberNames()) {
            Node value = node.get(facet);
            List<String> ids = value.stringOrStrings();
            if (!org.chainatlas.api.model.Ids.valid(facet)) {
                node.problem("facet '" + facet + "' is not a valid id");
            } else if (ids.isEmpty()) {
                value.problem("names no category");
            } else {
                List<String> sharedIds = List.of(ids.stream().map(this::shared).toArray(String[]::new));
                categories.put(shared(facet), recurring.of(sharedIds));
            }
        }
        return categories;
    }

    private List<String> placeRefs(Node node) {
        List<String> refs = new ArrayList<>();
        for (Node element : node.elements()) {
            String place = element.id(true);
            if (place != null && !placeIds.contains(place)) {
                element.problem("names place '" + place + "', which is not in $.places");
            } else if (place != null) {
                refs.add(shared(place));
            }
        }
        return refs;
    }

    private Figure figure(Node node) {
        if (!node.requireObject()) {
            return null;
        }
        String id = node.get("id").id(true);
        String layer = node.get("layer").id(true);
        String facet = node.get("facet").id(false);
        String category = node.get("category").id(false);
        if ((facet == null) != (category == null)) {
            node.problem("needs both \"facet\" and \"category\", or neither");
            return null;
        }
        String place = node.get("place").id(false);
        if (place != null && !placeIds.contains(place)) {
            node.get("place").problem("names place '" + place + "', which is not in $.places");
        }
        Long value = node.get("value").integer(true);
        if (value != null && value < 0) {
            node.get("value").problem("must not be negative");
        }
        Double share = node.get("share").number();
        if (share != null && (share < 0 || share > 100)) {
            node.get("share").problem("must be a percentage between 0 and 100");
        }
        Text unit = node.get("unit").line(false);
        Text note = node.get("note").text(false);
        Provenance provenance = provenance(node);
        if (id == null || layer == null || value == null || value < 0 || provenance == null) {
            return null;
        }
        return new Figure(datasetId, id, layer, facet, category, place, value, share, unit, note, provenance);
    }

    /** "source" names one of the dataset's sources; it may be left out where there is only one. */
    private ContributedCategory contributed(Node node) {
        if (!node.requireObject()) {
            return null;
        }
        String layer = node.get("layer").id(true);
        String facet = node.get("facet").id(true);
        String id = node.get("id").id(true);
        String parent = node.get("parent").id(false);
        Text name = node.get("name").line(true);
        Text description = node.get("description").text(false);
        Provenance provenance = provenance(node);
        if (layer == null || facet == null || id == null || name == null || provenance == null) {
            return null;
        }
        if (id.equals(parent)) {
            node.get("parent").problem("is the category itself; name the category it sits under, or leave it out");
            return null;
        }
        return new ContributedCategory(datasetId, layer, facet, id, parent, name, description, provenance);
    }

    private Provenance provenance(Node node) {
        Node ref = node.get("source");
        String id = ref.id(false);
        Source source;
        if (id == null && sources.size() == 1 && !ref.present()) {
            source = sources.values().iterator().next();
        } else if (id == null) {
            if (!ref.present()) {
                ref.problem("is missing; name one of the dataset's sources: " + String.join(", ", sources.keySet()));
            }
            return null;
        } else {
            source = sources.get(id);
            if (source == null) {
                ref.problem("names source '" + id + "', which is not in $.sources");
                return null;
            }
        }
        Text note = node.get("sourceNote").text(false);
        return note == null ? plain.computeIfAbsent(source, s -> new Provenance(s, null)) : new Provenance(source, note);
    }

    private String shared(String id) {
        return id == null ? null : shared.computeIfAbsent(id, k -> k);
    }

    /**
     * What recurs across one document's entries (category maps and their id lists, place lists,
     * names and organisations), each kept once, so that equal parts of entries are one object:
     * in an atlas of millions of entries most of these repeat. One per document, never global;
     * {@link ValidatedForm} decodes with one too, so a restart shares the same.
     */
    static final class Recurring {
        private final Map<Object, Object> values = new HashMap<>();

        /** The first value read that equals {@code value}, or {@code value} itself. */
        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            if (value == null) {
                return null;
            }
            Object first = values.putIfAbsent(value, value);
            return first == null ? value : (T) first;
        }

        /** An equal map an earlier entry holds, already compact (so {@link Entry} keeps it), or {@code categories}. */
        @SuppressWarnings("unchecked")
        Map<String, List<String>> categories(Map<String, List<String>> categories) {
            return (Map<String, List<String>>) values.getOrDefault(categories, categories);
        }

        /** Keeps the entry's categories, as its constructor made them compact, for the entries after it. */
        Entry entry(Entry entry) {
            values.putIfAbsent(entry.categories(), entry.categories());
            return entry;
        }
    }
}
