package org.chainatlas.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Place;
import org.chainatlas.registry.format.OwnedPlace;

/** The places an atlas's datasets define, each with its dataset: what a new dataset must agree with. */
final class OwnedPlaces {

    private OwnedPlaces() {
    }

    static List<OwnedPlace> of(AtlasSnapshot snapshot) {
        List<OwnedPlace> places = new ArrayList<>();
        for (DatasetDocument document : snapshot.documents()) {
            for (Place place : document.places()) {
                places.add(new OwnedPlace(place, document.id()));
            }
        }
        return places;
    }
}
