package org.chainatlas.registry.diff;

import java.util.List;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetDiff.Side;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;

/**
 * Compares two versions of a dataset document: the one place that does, for atlas:diff and for
 * the "+3 −1 ~2" of an update's message alike.
 */
public final class DocumentDiff {

    private static final SectionDiff<Entry> ENTRIES =
            new SectionDiff<>(DatasetDiff.ENTRIES, Entry::id, Entry::name, Fields::entry);
    private static final SectionDiff<Figure> FIGURES =
            new SectionDiff<>(DatasetDiff.FIGURES, Figure::id, f -> null, Fields::figure);
    private static final SectionDiff<Place> PLACES =
            new SectionDiff<>(DatasetDiff.PLACES, Place::id, Place::name, Fields::place);
    private static final SectionDiff<ContributedCategory> CATEGORIES =
            new SectionDiff<>(DatasetDiff.CATEGORIES, ContributedCategory::id, ContributedCategory::name, Fields::category);

    private DocumentDiff() {
    }

    /** @param sourceA, sourceB what the user called each side (a dataset id or a file) */
    public static DatasetDiff between(String sourceA, DatasetDocument a, String sourceB, DatasetDocument b) {
        return new DatasetDiff(side(sourceA, a), side(sourceB, b),
                FieldChanges.between(Fields.header(a), Fields.header(b)),
                List.of(ENTRIES.between(a.entries(), b.entries()),
                        FIGURES.between(a.figures(), b.figures()),
                        PLACES.between(a.places(), b.places()),
                        CATEGORIES.between(a.categories(), b.categories())));
    }

    private static Side side(String source, DatasetDocument d) {
        return new Side(source, d.id(), d.version());
    }
}
