package org.chainatlas.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * A landscape and its mapping as a dataset document. Items of one name and homepage (an item and
 * its {@code second_path}, or the same item listed twice) become one entry in all their
 * categories; items of one name but different homepages become entries of their own, with ids
 * told apart by {@link Slugs}. A landscape reports no figures, so the dataset has none.
 *
 * @param layers  the installed layers, which the mapping was checked against
 * @param places  the installed places: a region of that id is copied from them, name and code
 */
record DatasetBuilder(List<Layer> layers, List<Place> places) {
    static final String DEFAULT_REGION = "global";
    static final String SOURCE_ID = "landscape";
    static final String VERSION = "1.0.0";

    /** The document and what the user should know about how it was made. */
    record Result(DatasetDocument document, int items, List<String> warnings) {
    }

    Result build(Landscape landscape, Mapping mapping, boolean mappingGiven, String datasetId, String regionId) {
        List<String> unmapped = mapping.unmapped(landscape.paths());
        if (!unmapped.isEmpty()) {
            throw new AtlasException(unmappedSentence(landscape.file(), unmapped, mappingGiven));
        }
        // the file by its name, not by the path it had on the importing machine
        String fileName = java.nio.file.Path.of(landscape.file()).getFileName().toString();
        Source source = new Source(SOURCE_ID, Text.of(null, fileName), null, null, null);
        Map<String, List<LandscapeItem>> groups = new LinkedHashMap<>();
        landscape.items().forEach(item -> groups.computeIfAbsent(item.name() + "\n" + item.homepage(), k -> new ArrayList<>()).add(item));
        Slugs slugs = new Slugs("item");
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (List<LandscapeItem> group : groups.values()) {
            String where = group.stream().map(item -> fileName + item.where().substring(landscape.file().length()))
                    .collect(Collectors.joining(", "));
            entries.add(entry(datasetId, slugs.next(group.get(0).name()), group, where, mapping, source, warnings));
        }
        DatasetDocument document = new DatasetDocument(DatasetDocument.FORMAT, datasetId, VERSION,
                Text.of(null, EntryContent.clip("Landscape " + fileName, EntryContent.MAX_TEXT)), regionId,
                Text.of(null, "Imported by atlas:import from the landscape file " + fileName
                        + ". A landscape reports no figures, so this dataset has none; its entries are placed in no place but the dataset's region."),
                List.of(source), List.of(region(regionId)), entries, List.of(), contributed(datasetId, mapping, source));
        return new Result(document, landscape.items().size(), warnings);
    }

    /** The mapping's own categories, as the dataset's contributions; validation checks where they may go. */
    private static List<ContributedCategory> contributed(String datasetId, Mapping mapping, Source source) {
        List<ContributedCategory> out = new ArrayList<>();
        for (Mapping.Contribution c : mapping.contributed()) {
            out.add(new ContributedCategory(datasetId, c.layer(), c.facet(), c.id(), c.parent(), c.name(), c.description(),
                    new Provenance(source, Text.of(null, "added by the import's mapping"))));
        }
        return out;
    }

    /** @param where "file:line:column" of each item, the entry's provenance note */
    private Entry entry(String datasetId, String id, List<LandscapeItem> group, String where, Mapping mapping, Source source, List<String> warnings) {
        Set<String> paths = new LinkedHashSet<>();
        group.forEach(item -> paths.addAll(item.paths()));
        String name = group.get(0).name();
        String layer = null;
        Map<String, Set<String>> categories = new LinkedHashMap<>();
        for (String path : paths) {
            Target target = mapping.target(path);
            if (layer == null) {
                layer = target.layer();
            } else if (!layer.equals(target.layer())) {
                warnings.add("'" + name + "' is also listed under \"" + path + "\", which maps to layer '" + target.layer()
                        + "'; an entry has one layer, so it stays in '" + layer + "' (its note names every place it is listed)");
                continue;
            }
            merge(name, path, layer, target, categories, warnings);
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        categories.forEach((facet, set) -> ids.put(facet, List.copyOf(set)));
        EntryContent content = EntryContent.of(group);
        return new Entry(datasetId, id, layer, Text.of(null, EntryContent.clip(name, EntryContent.MAX_TEXT)), ids,
                content.organisation(), null, List.of(), content.links(), content.note(),
                new Provenance(source, Text.of(null, EntryContent.clip(where, EntryContent.MAX_NOTE))));
    }

    /** Adds a path's categories; a facet that takes one category keeps the first and says so. */
    private void merge(String name, String path, String layerId, Target target, Map<String, Set<String>> categories, List<String> warnings) {
        Layer layer = layers.stream().filter(l -> l.id().equals(layerId)).findFirst().orElseThrow();
        target.categories().forEach((facetId, ids) -> {
            Set<String> have = categories.computeIfAbsent(facetId, k -> new LinkedHashSet<>());
            boolean multiple = layer.facet(facetId).map(Facet::multiple).orElse(false);
            if (multiple || have.isEmpty()) {
                have.addAll(ids);
            } else if (!have.containsAll(ids)) {
                warnings.add("'" + name + "' is also listed under \"" + path + "\" (" + facetId + " " + String.join(", ", ids)
                        + "), but facet '" + facetId + "' of layer '" + layerId + "' takes one category, so it stays in " + have.iterator().next());
            }
        });
    }

    private Place region(String regionId) {
        for (Place place : places) {
            if (place.id().equals(regionId)) { // its parent may not be in this dataset: the region is a root here
                return new Place(place.id(), place.name(), place.code(), null, place.level());
            }
        }
        return new Place(regionId, Text.of(null, regionId.equals(DEFAULT_REGION) ? "Global" : regionId), null, null, "region");
    }

    private static String unmappedSentence(String file, List<String> unmapped, boolean mappingGiven) {
        String list = unmapped.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        String count = unmapped.size() == 1 ? "1 subcategory" : unmapped.size() + " subcategories";
        return (mappingGiven ? "the mapping sends " + count + " of " + file + " to no layer: " : file + " needs a mapping of its "
                + count + " to the atlas's layers: ") + list + "; atlas:import " + file + " --write-mapping MAP.json writes a"
                + " template listing them with the layers' categories to choose from, then give --mapping MAP.json";
    }
}
