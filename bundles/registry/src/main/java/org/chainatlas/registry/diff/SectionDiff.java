package org.chainatlas.registry.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainatlas.api.DatasetDiff.Changed;
import org.chainatlas.api.DatasetDiff.FieldChange;
import org.chainatlas.api.DatasetDiff.Item;
import org.chainatlas.api.DatasetDiff.Section;
import org.chainatlas.api.model.Text;

/**
 * How one kind of item is compared: matched by id (so reordering is no change), then field by
 * field. Adding a kind to the diff is one more of these.
 *
 * @param name   the item's name, or null for kinds without one
 * @param fields the item's fields as {@link Fields} gives them
 */
record SectionDiff<T>(String kind, Function<T, String> id, Function<T, Text> name,
                      Function<T, Map<String, String>> fields) {

    /** Added and changed items in B's order, removed ones in A's. */
    Section between(List<T> a, List<T> b) {
        Map<String, T> before = byId(a);
        Map<String, T> after = byId(b);
        List<Item> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        after.forEach((key, now) -> {
            T old = before.get(key);
            if (old == null) {
                added.add(item(now));
            } else if (!old.equals(now)) { // records: equal items need no field-by-field look
                List<FieldChange> fieldChanges = FieldChanges.between(fields.apply(old), fields.apply(now));
                if (!fieldChanges.isEmpty()) {
                    changed.add(new Changed(item(now), fieldChanges));
                }
            }
        });
        List<Item> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .map(e -> item(e.getValue())).toList();
        return new Section(kind, added, removed, changed);
    }

    private Item item(T t) {
        return new Item(id.apply(t), name.apply(t));
    }

    private Map<String, T> byId(List<T> items) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(id.apply(i), i));
        return map;
    }
}
