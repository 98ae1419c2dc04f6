package org.chainatlas.api.model;

/**
 * A region or administrative division. {@code code} is its GB/T 2260 code where it has one
 * (Shanghai 310000, Jing'an 310106); {@code parent} is the id of the enclosing place, or null.
 */
public record Place(String id, Text name, String code, String parent, String level) {

    public Place {
        Ids.require(id, "place");
        if (name == null) {
            throw new IllegalArgumentException("place '" + id + "' has no name");
        }
    }
}
