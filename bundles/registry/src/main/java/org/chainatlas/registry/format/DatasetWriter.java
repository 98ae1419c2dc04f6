package org.chainatlas.registry.format;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/** Writes a dataset in the "chainatlas/dataset@1" format: what {@link DatasetReader} reads back unchanged. */
public final class DatasetWriter {
    private DatasetWriter() {
    }

    public static byte[] write(DatasetDocument doc) {
        JsonObject root = new JsonObject();
        root.addProperty("format", DatasetDocument.FORMAT);
        root.addProperty("id", doc.id());
        root.addProperty("version", doc.version());
        put(root, "title", doc.title());
        put(root, "description", doc.description());
        if (doc.region() != null) {
            root.addProperty("region", doc.region());
        }
        root.add("sources", array(doc.sources(), DatasetWriter::source));
        root.add("places", array(doc.places(), DatasetWriter::place));
        root.add("entries", array(doc.entries(), DatasetWriter::entry));
        root.add("figures", array(doc.figures(), DatasetWriter::figure));
        if (!doc.categories().isEmpty()) {
            root.add("categories", array(doc.categories(), DatasetWriter::contributed));
        }
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject source(Source s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        put(o, "title", s.title());
        if (s.date() != null) {
            o.addProperty("date", s.date());
        }
        put(o, "publisher", s.publisher());
        if (s.url() != null) {
            o.addProperty("url", s.url());
        }
        return o;
    }

    private static JsonObject place(Place p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        put(o, "name", p.name());
        if (p.code() != null) {
            o.addProperty("code", p.code());
        }
        if (p.parent() != null) {
            o.addProperty("parent", p.parent());
        }
        if (p.level() != null) {
            o.addProperty("level", p.level());
        }
        return o;
    }

    private static JsonObject entry(Entry e) {
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("layer", e.layer());
        put(o, "name", e.name());
        if (!e.categories().isEmpty()) {
            JsonObject categories = new JsonObject();
            e.categories().forEach((facet, ids) -> categories.add(facet, ids.size() == 1
                    ? new com.google.gson.JsonPrimitive(ids.get(0)) : strings(ids)));
            o.add("categories", categories);
        }
        put(o, "organisation", e.organisation());
        if (e.organisationKey() != null) {
            o.addProperty("organisationKey", e.organisationKey());
        }
        if (!e.places().isEmpty()) {
            o.add("places", strings(e.places()));
        }
        if (!e.links().isEmpty()) {
            o.add("links", strings(e.links()));
        }
        put(o, "note", e.note());
        provenance(o, e.provenance());
        return o;
    }

    private static JsonObject figure(Figure f) {
        JsonObject o = new JsonObject();
        o.addProperty("id", f.id());
        o.addProperty("layer", f.layer());
        if (f.facet() != null) {
            o.addProperty("facet", f.facet());
            o.addProperty("category", f.category());
        }
        if (f.place() != null) {
            o.addProperty("place", f.place());
        }
        o.addProperty("value", f.value());
        if (f.share() != null) {
            o.add("share", f.share() == Math.rint(f.share())
                    ? new com.google.gson.JsonPrimitive(f.share().longValue()) : new com.google.gson.JsonPrimitive(f.share()));
        }
        put(o, "unit", f.unit());
        put(o, "note", f.note());
        provenance(o, f.provenance());
        return o;
    }

    private static JsonObject contributed(ContributedCategory c) {
        JsonObject o = new JsonObject();
        o.addProperty("layer", c.layer());
        o.addProperty("facet", c.facet());
        o.addProperty("id", c.id());
        if (c.parent() != null) {
            o.addProperty("parent", c.parent());
        }
        put(o, "name", c.name());
        put(o, "description", c.description());
        provenance(o, c.provenance());
        return o;
    }

    private static void provenance(JsonObject o, Provenance p) {
        o.addProperty("source", p.source().id());
        put(o, "sourceNote", p.note());
    }

    private static void put(JsonObject o, String name, Text text) {
        if (text != null) {
            JsonObject t = new JsonObject();
            if (text.zh() != null) {
                t.addProperty("zh", text.zh());
            }
            if (text.en() != null) {
                t.addProperty("en", text.en());
            }
            o.add(name, t);
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static <T> JsonArray array(List<T> items, java.util.function.Function<T, JsonElement> write) {
        JsonArray array = new JsonArray();
        items.forEach(i -> array.add(write.apply(i)));
        return array;
    }
}
