package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.EntryQuery;

/** atlas:list's options as an {@link EntryQuery}; the snapshot checks that the ids exist. */
final class EntryQueries {

    static final String OPEN_SOURCE = "openness:open-source";
    static final String CLOSED_SOURCE = "openness:closed-source";

    private EntryQueries() {
    }

    /**
     * @param categories one category or several separated by commas, each "category" or
     *                   "facet:category"; empty for any
     */
    static EntryQuery of(String layer, String categories, String place, String dataset,
                         boolean openSource, boolean closedSource) {
        if (openSource && closedSource) {
            throw new AtlasException("--open-source and --closed-source exclude each other;"
                    + " give one of them, or neither to list both");
        }
        List<String> all = new ArrayList<>(split(categories));
        if (openSource) {
            all.add(OPEN_SOURCE);
        }
        if (closedSource) {
            all.add(CLOSED_SOURCE);
        }
        return new EntryQuery(layer, all, place, dataset);
    }

    private static List<String> split(String categories) {
        if (categories == null) {
            return List.of();
        }
        return Arrays.stream(categories.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
