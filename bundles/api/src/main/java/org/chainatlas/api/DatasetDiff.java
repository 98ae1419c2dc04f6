package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.Text;

/**
 * What changed from one version of a dataset document (A) to another (B): the header's fields,
 * then one {@link Section} per kind of item (entries, figures, places, …), each matched by id.
 * Every kind has the same shape, so a new kind of item is one more section, not a new type.
 *
 * @param a        what A was, as the user named it
 * @param b        what B was
 * @param header   changed top-level fields ("version", "title.zh", "region", …), in document order
 * @param sections one per kind of item, in document order, each present even where nothing changed
 * @since 1.2
 */
public record DatasetDiff(Side a, Side b, List<FieldChange> header, List<Section> sections) {

    public static final String ENTRIES = "entries";
    public static final String FIGURES = "figures";
    public static final String PLACES = "places";
    /** The categories a dataset contributes to installed layers' facets. */
    public static final String CATEGORIES = "categories";

    public DatasetDiff {
        header = List.copyOf(header);
        sections = List.copyOf(sections);
    }

    /** True where nothing a user can see differs: same header and the same items, whatever their order. */
    public boolean identical() {
        return header.isEmpty() && sections.stream().allMatch(Section::isEmpty);
    }

    /** The section of one kind ({@link #ENTRIES}, …), empty where there is none. */
    public Section section(String kind) {
        return sections.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElse(new Section(kind, List.of(), List.of(), List.of()));
    }

    /**
     * One side of the comparison.
     *
     * @param source  the dataset id or file as the user gave it
     * @param dataset the id inside the document
     */
    public record Side(String source, String dataset, String version) {
    }

    /** The items of one kind that only B has (added), only A has (removed), or both have with different fields. */
    public record Section(String kind, List<Item> added, List<Item> removed, List<Changed> changed) {

        public Section {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        /** "+3 −1 ~2": how many added, removed and changed, the same in every language. */
        public String counts() {
            return "+" + added.size() + " −" + removed.size() + " ~" + changed.size();
        }
    }

    /** An item by its id, with its name where it has one (figures have none). */
    public record Item(String id, Text name) {
    }

    /** An item both sides have, and its fields that differ. */
    public record Changed(Item item, List<FieldChange> fields) {

        public Changed {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field with different values. Sets (categories, places, links) are written sorted and
     * joined by ", ", so their order in the file never counts as a change.
     *
     * @param field  its path, e.g. "name.zh", "categories.openness", "share"
     * @param before A's value, null where A has none
     * @param after  B's value, null where B has none
     */
    public record FieldChange(String field, String before, String after) {
    }
}
