package org.chainatlas.registry.diff;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/**
 * The fields of each kind of item as a user compares them: path to value, in the order a card
 * shows them. Sets (categories, places, links) are sorted, so reordering them is no change; a
 * missing value is null, so "absent" and "added" read the same on every kind.
 */
final class Fields {

    private Fields() {
    }

    static Map<String, String> header(DatasetDocument d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", d.id());
        fields.put("version", d.version());
        text(fields, "title", d.title());
        fields.put("region", d.region());
        return fields;
    }

    static Map<String, String> entry(Entry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        text(fields, "name", e.name());
        fields.put("layer", e.layer());
        new java.util.TreeMap<>(e.categories()).forEach((facet, ids) -> fields.put("categories." + facet, set(ids)));
        text(fields, "organisation", e.organisation());
        fields.put("organisation.key", e.organisationKey());
        fields.put("places", set(e.places()));
        fields.put("links", set(e.links()));
        text(fields, "note", e.note());
        fields.put("source", e.provenance() == null ? null : e.provenance().source().id());
        return fields;
    }

    static Map<String, String> figure(Figure f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("layer", f.layer());
        fields.put("category", f.category() == null ? null : f.facet() + ":" + f.category());
        fields.put("place", f.place());
        fields.put("value", Long.toString(f.value()));
        fields.put("share", f.share() == null ? null : BigDecimal.valueOf(f.share()).stripTrailingZeros().toPlainString());
        text(fields, "unit", f.unit());
        return fields;
    }

    static Map<String, String> place(Place p) {
        Map<String, String> fields = new LinkedHashMap<>();
        text(fields, "name", p.name());
        fields.put("code", p.code());
        fields.put("parent", p.parent());
        fields.put("level", p.level());
        return fields;
    }

    static Map<String, String> category(ContributedCategory c) {
        Map<String, String> fields = new LinkedHashMap<>();
        text(fields, "name", c.name());
        fields.put("layer", c.layer());
        fields.put("facet", c.facet());
        fields.put("parent", c.parent());
        text(fields, "description", c.description());
        return fields;
    }

    private static void text(Map<String, String> fields, String name, Text text) {
        fields.put(name + ".zh", text == null ? null : text.zh());
        fields.put(name + ".en", text == null ? null : text.en());
    }

    /** Sorted and joined, or null where empty: the order of a set is no fact. */
    private static String set(Collection<String> values) {
        return values.isEmpty() ? null : String.join(", ", new TreeSet<>(values));
    }
}
