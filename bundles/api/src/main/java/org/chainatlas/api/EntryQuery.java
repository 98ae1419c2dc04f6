package org.chainatlas.api;

import java.util.List;

/**
 * Filters for {@link AtlasSnapshot#list}. Null or empty means "any". A category may be written
 * "facet:category" to pick one facet; an entry must be in every category given (or below it).
 */
public record EntryQuery(String layer, List<String> categories, String place, String dataset) {

    public static final EntryQuery ALL = new EntryQuery(null, List.of(), null, null);

    public EntryQuery {
        categories = List.copyOf(categories == null ? List.of() : categories);
    }
}
