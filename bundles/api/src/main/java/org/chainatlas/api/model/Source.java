package org.chainatlas.api.model;

/** A publication a dataset draws on: its title, date (ISO 8601, as precise as known) and where to find it. */
public record Source(String id, Text title, String date, Text publisher, String url) {

    public Source {
        Ids.require(id, "source");
        if (title == null) {
            throw new IllegalArgumentException("source '" + id + "' has no title");
        }
    }
}
