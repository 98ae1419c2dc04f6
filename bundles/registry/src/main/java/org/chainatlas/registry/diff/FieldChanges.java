package org.chainatlas.registry.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chainatlas.api.DatasetDiff.FieldChange;

/** The fields whose values differ between two field maps (see {@link Fields}), A's order first. */
final class FieldChanges {

    private FieldChanges() {
    }

    static List<FieldChange> between(Map<String, String> a, Map<String, String> b) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet()); // a facet only B uses
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String before = a.get(name);
            String after = b.get(name);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, before, after));
            }
        }
        return changes;
    }
}
