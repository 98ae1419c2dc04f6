package org.chainatlas.api.model;

import java.util.List;

/**
 * A region's data as one document: what a dataset file or a data-only bundle holds.
 *
 * @param format  the format tag it was written in, e.g. "chainatlas/dataset@1"
 * @param region  the id of the place the dataset covers, one of {@code places}
 * @param categories the categories it adds to installed layers' facets (since 1.1)
 */
public record DatasetDocument(String format, String id, String version, Text title, String region,
                              Text description, List<Source> sources, List<Place> places,
                              List<Entry> entries, List<Figure> figures, List<ContributedCategory> categories) {

    public static final String FORMAT = "chainatlas/dataset@1";

    public DatasetDocument {
        Ids.require(id, "dataset");
        if (title == null) {
            throw new IllegalArgumentException("dataset '" + id + "' has no title");
        }
        sources = List.copyOf(sources == null ? List.of() : sources);
        places = List.copyOf(places == null ? List.of() : places);
        entries = List.copyOf(entries == null ? List.of() : entries);
        figures = List.copyOf(figures == null ? List.of() : figures);
        categories = List.copyOf(categories == null ? List.of() : categories);
    }

    /** A document that contributes no categories. */
    public DatasetDocument(String format, String id, String version, Text title, String region,
                           Text description, List<Source> sources, List<Place> places,
                           List<Entry> entries, List<Figure> figures) {
        this(format, id, version, title, region, description, sources, places, entries, figures, List.of());
    }
}
