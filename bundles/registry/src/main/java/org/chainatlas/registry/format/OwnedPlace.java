package org.chainatlas.registry.format;

import org.chainatlas.api.model.Place;

/** A place as an installed dataset defines it: places are shared ground, with one meaning per id. */
public record OwnedPlace(Place place, String dataset) {

    /** Whether {@code other} means the same place: the same name, code and parent. */
    public boolean sameMeaning(Place other) {
        return place.name().equals(other.name()) && java.util.Objects.equals(place.code(), other.code())
                && java.util.Objects.equals(place.parent(), other.parent());
    }

    /** "上海市 Shanghai (code 310000, within yrd)". */
    public String describe() {
        return place.name().withOther(org.chainatlas.api.model.Lang.ZH)
                + (place.code() == null && place.parent() == null ? "" : " ("
                + (place.code() == null ? "" : "code " + place.code()) + (place.code() != null && place.parent() != null ? ", " : "")
                + (place.parent() == null ? "" : "within " + place.parent()) + ")");
    }
}
