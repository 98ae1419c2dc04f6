package org.chainatlas.api.model;

import java.util.List;
import java.util.Map;

/**
 * One named thing on the map: a platform, an association, a district, a media outlet...
 *
 * @param dataset          the id of the dataset that names it
 * @param id               its id, unique within the dataset
 * @param layer            the id of its layer
 * @param categories       facet id to the category ids it sits in (most facets: one)
 * @param organisation     the organisation behind it, where the source names one
 * @param organisationKey  a key that identifies that organisation across datasets (for example the
 *                         unified social credit code), or null
 * @param places           ids of the places it belongs to
 */
public record Entry(String dataset, String id, String layer, Text name,
                    Map<String, List<String>> categories, Text organisation, String organisationKey,
                    List<String> places, List<String> links, Text note, Provenance provenance) {

    public Entry {
        Ids.require(dataset, "dataset");
        Ids.require(id, "entry");
        Ids.require(layer, "layer");
        if (name == null) {
            throw new IllegalArgumentException("entry '" + id + "' has no name");
        }
        categories = compact(categories);
        places = List.copyOf(places == null ? List.of() : places);
        links = List.copyOf(links == null ? List.of() : links);
    }

    /**
     * An immutable copy ordered by facet id. Most entries sit in one facet, and an atlas holds up
     * to millions of entries: one facet takes a one-entry map, several an array ({@link FacetMap}),
     * not a tree. A map that is already in this form is kept, not copied, so entries with equal
     * categories can share one map (the dataset readers do that).
     */
    private static Map<String, List<String>> compact(Map<String, List<String>> categories) {
        if (categories == null || categories.isEmpty()) {
            return Map.of();
        }
        if (categories instanceof FacetMap) {
            return categories;
        }
        if (categories.size() > 1) {
            return new FacetMap(categories);
        }
        Map<String, List<String>> copy = Map.copyOf(categories); // itself if already unmodifiable
        var only = copy.entrySet().iterator().next();
        List<String> ids = List.copyOf(only.getValue()); // likewise
        return ids == only.getValue() ? copy : Map.of(only.getKey(), ids);
    }

    /** "dataset/id": unique across the whole atlas. */
    public String qualifiedId() {
        return dataset + "/" + id;
    }

    public List<String> categories(String facet) {
        return categories.getOrDefault(facet, List.of());
    }
}
