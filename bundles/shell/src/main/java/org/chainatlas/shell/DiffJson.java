package org.chainatlas.shell;

import com.google.gson.JsonObject;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetDiff.Changed;
import org.chainatlas.api.DatasetDiff.FieldChange;
import org.chainatlas.api.DatasetDiff.Item;
import org.chainatlas.api.DatasetDiff.Section;
import org.chainatlas.api.DatasetDiff.Side;

/**
 * atlas:diff --json: {"identical", "a", "b", "header", then one object per section ("entries",
 * "figures", "places", …) with "added", "removed" and "changed"}. README's --json contract
 * describes it; a new kind of item appears as one more key, in the same shape.
 */
final class DiffJson {

    private DiffJson() {
    }

    static JsonObject diff(DatasetDiff diff) {
        JsonObject json = new JsonObject();
        json.addProperty("identical", diff.identical());
        json.add("a", side(diff.a()));
        json.add("b", side(diff.b()));
        json.add("header", JsonMapper.array(diff.header(), DiffJson::field));
        diff.sections().forEach(section -> json.add(section.kind(), section(section)));
        return json;
    }

    private static JsonObject side(Side side) {
        JsonObject json = new JsonObject();
        json.addProperty("source", side.source());
        json.addProperty("dataset", side.dataset());
        json.add("version", JsonMapper.string(side.version()));
        return json;
    }

    private static JsonObject section(Section section) {
        JsonObject json = new JsonObject();
        json.add("added", JsonMapper.array(section.added(), DiffJson::item));
        json.add("removed", JsonMapper.array(section.removed(), DiffJson::item));
        json.add("changed", JsonMapper.array(section.changed(), DiffJson::changed));
        return json;
    }

    private static JsonObject item(Item item) {
        JsonObject json = new JsonObject();
        json.addProperty("id", item.id());
        json.add("name", JsonMapper.text(item.name()));
        return json;
    }

    private static JsonObject changed(Changed changed) {
        JsonObject json = item(changed.item());
        json.add("fields", JsonMapper.array(changed.fields(), DiffJson::field));
        return json;
    }

    private static JsonObject field(FieldChange change) {
        JsonObject json = new JsonObject();
        json.addProperty("field", change.field());
        json.add("a", JsonMapper.string(change.before()));
        json.add("b", JsonMapper.string(change.after()));
        return json;
    }
}
