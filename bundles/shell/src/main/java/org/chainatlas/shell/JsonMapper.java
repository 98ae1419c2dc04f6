package org.chainatlas.shell;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * The model as the JSON the atlas:* commands print with --json: the one place that fixes the
 * keys scripts rely on. Absent values are written as null (never dropped), except an entry's
 * "organisation", which is left out where the source names none.
 */
final class JsonMapper {

    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .setPrettyPrinting()
            .create();

    private JsonMapper() {
    }

    static String toJson(JsonElement json) {
        return GSON.toJson(json);
    }

    static JsonArray layers(List<LayerSummary> layers) {
        return array(layers, JsonMapper::layer);
    }

    static JsonObject layer(LayerSummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("id", summary.layer().id());
        json.addProperty("rank", summary.layer().rank());
        json.add("name", text(summary.layer().name()));
        json.add("role", text(summary.layer().role()));
        json.addProperty("named", summary.named());
        json.add("reported", number(summary.reported()));
        regional(json, summary.regions(), summary.unreported());
        json.add("facets", array(summary.layer().facets(), JsonMapper::facet));
        return json;
    }

    static JsonArray entries(List<Entry> entries) {
        return array(entries, JsonMapper::entry);
    }

    /** An entry as atlas:list and atlas:search give it. */
    static JsonObject entry(Entry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("id", entry.id());
        json.addProperty("dataset", entry.dataset());
        json.addProperty("qualifiedId", entry.qualifiedId());
        json.addProperty("layer", entry.layer());
        json.add("name", text(entry.name()));
        json.add("categories", categories(entry));
        if (entry.organisation() != null) {
            json.add("organisation", text(entry.organisation()));
        }
        json.add("places", strings(entry.places()));
        json.add("links", strings(entry.links()));
        return json;
    }

    /** An entry as atlas:show gives it: the listing shape plus provenance and note. */
    static JsonObject card(Entry entry) {
        JsonObject json = entry(entry);
        json.add("provenance", provenance(entry.provenance()));
        json.add("note", text(entry.note()));
        return json;
    }

    static JsonObject statistics(Statistics statistics) {
        JsonObject json = new JsonObject();
        json.addProperty("named", statistics.named());
        json.addProperty("pending", statistics.pending());
        json.add("layers", array(statistics.layers(), JsonMapper::layerStats));
        if (statistics.regions().size() > 1) {
            json.add("regions", array(statistics.regions(), JsonMapper::region));
        }
        return json;
    }

    static JsonArray datasets(List<DatasetStatus> datasets) {
        return array(datasets, JsonMapper::dataset);
    }

    static JsonArray places(List<PlaceTree.Row> rows) {
        return array(rows, JsonMapper::place);
    }

    /** A bilingual text as {"zh", "en"}, a missing side as null; null where there is no text. */
    static JsonElement text(Text text) {
        if (text == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.add("zh", string(text.zh()));
        json.add("en", string(text.en()));
        return json;
    }

    private static JsonObject facet(Facet facet) {
        JsonObject json = new JsonObject();
        json.addProperty("id", facet.id());
        json.add("name", text(facet.name()));
        json.addProperty("multiple", facet.multiple());
        json.add("categories", array(facet.categories(), JsonMapper::category));
        return json;
    }

    private static JsonObject category(Category category) {
        JsonObject json = new JsonObject();
        json.addProperty("id", category.id());
        json.add("name", text(category.name()));
        if (category.contributedBy() != null) {
            json.addProperty("contributedBy", category.contributedBy());
        }
        json.add("children", array(category.children(), JsonMapper::category));
        return json;
    }

    /** Facet id to one category id, or to an array where the entry sits in several. */
    private static JsonObject categories(Entry entry) {
        JsonObject json = new JsonObject();
        entry.categories().forEach((facet, ids) ->
                json.add(facet, ids.size() == 1 ? new JsonPrimitive(ids.get(0)) : strings(ids)));
        return json;
    }

    private static JsonElement provenance(Provenance provenance) {
        if (provenance == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.add("source", source(provenance.source()));
        json.add("note", text(provenance.note()));
        return json;
    }

    private static JsonObject source(Source source) {
        JsonObject json = new JsonObject();
        json.addProperty("id", source.id());
        json.add("title", text(source.title()));
        json.add("date", string(source.date()));
        json.add("url", string(source.url()));
        return json;
    }

    private static JsonObject layerStats(Statistics.LayerStats stats) {
        JsonObject json = new JsonObject();
        json.addProperty("id", stats.layer().id());
        json.add("reported", number(stats.reported()));
        json.addProperty("named", stats.named());
        json.add("coverage", number(stats.coverage()));
        json.add("sumOfParts", number(stats.sumOfParts()));
        json.add("checks", checks(stats.checks()));
        regional(json, stats.regions(), stats.unreported());
        json.add("categories", array(stats.categories(), JsonMapper::categoryStats));
        return json;
    }

    private static JsonObject categoryStats(Statistics.CategoryStats stats) {
        JsonObject json = new JsonObject();
        json.addProperty("id", stats.category().id());
        json.addProperty("facet", stats.facet());
        json.addProperty("depth", stats.depth());
        if (stats.category().contributedBy() != null) {
            json.addProperty("contributedBy", stats.category().contributedBy());
        }
        json.add("reported", number(stats.reported()));
        json.addProperty("named", stats.named());
        json.add("coverage", number(stats.coverage()));
        json.add("reportedShare", number(stats.reportedShare()));
        json.add("computedShare", number(stats.computedShare()));
        json.addProperty("consistent", stats.consistent());
        json.add("checks", checks(stats.checks()));
        regional(json, stats.regions(), stats.unreported());
        json.add("places", array(stats.places(), JsonMapper::placeStats));
        return json;
    }

    /**
     * Over several regions: each region's own figures ("regions") and, where the total is null
     * though some region reports, why ("unreported"). Over one region: nothing, as before.
     */
    private static void regional(JsonObject json, List<Statistics.RegionFigures> regions, Text unreported) {
        if (regions.isEmpty()) {
            return;
        }
        json.add("regions", array(regions, figures -> {
            JsonObject row = new JsonObject();
            row.addProperty("region", figures.region());
            row.add("reported", number(figures.reported()));
            row.addProperty("named", figures.named());
            row.add("coverage", number(figures.coverage()));
            row.add("checks", checks(figures.checks()));
            return row;
        }));
        if (unreported != null) {
            json.add("unreported", text(unreported));
        }
    }

    private static JsonObject region(Statistics.Region region) {
        JsonObject json = new JsonObject();
        json.addProperty("id", region.id());
        json.add("name", text(region.name()));
        json.add("datasets", strings(region.datasets()));
        return json;
    }

    private static JsonObject placeStats(Statistics.PlaceStats stats) {
        JsonObject json = new JsonObject();
        json.addProperty("id", stats.place().id());
        json.addProperty("reported", stats.reported());
        json.addProperty("named", stats.named());
        return json;
    }

    private static JsonArray checks(List<Statistics.Check> checks) {
        return array(checks, check -> {
            JsonObject json = new JsonObject();
            json.addProperty("consistent", check.consistent());
            json.add("message", text(check.message()));
            return json;
        });
    }

    private static JsonObject dataset(DatasetStatus status) {
        JsonObject json = new JsonObject();
        json.addProperty("id", status.id());
        json.add("version", string(status.version()));
        json.add("title", text(status.title()));
        json.add("region", string(status.region()));
        json.add("bundle", string(status.bundle()));
        json.addProperty("entries", status.entries());
        json.addProperty("pending", status.pending());
        json.add("pendingReasons", strings(status.pendingReasons()));
        return json;
    }

    private static JsonObject place(PlaceTree.Row row) {
        JsonObject json = new JsonObject();
        json.addProperty("id", row.place().id());
        json.add("code", string(row.place().code()));
        json.add("name", text(row.place().name()));
        json.add("parent", string(row.place().parent()));
        json.add("level", string(row.place().level()));
        json.addProperty("entries", row.entries());
        return json;
    }

    /** What atlas:validate found: the file, whether it is valid, what it holds and every problem. */
    static JsonObject validation(Validation v) {
        JsonObject json = new JsonObject();
        json.addProperty("file", v.file());
        json.addProperty("valid", v.ok());
        json.addProperty("dataset", v.document() == null ? null : v.document().id());
        json.addProperty("version", v.document() == null ? null : v.document().version());
        json.addProperty("entries", v.document() == null ? null : v.document().entries().size());
        json.addProperty("bundle", v.symbolicName());
        json.add("problems", array(v.problems(), JsonMapper::problem));
        return json;
    }

    private static JsonObject problem(Problem p) {
        JsonObject o = new JsonObject();
        o.addProperty("severity", p.severity().name().toLowerCase(Locale.ROOT));
        o.addProperty("file", p.file());
        o.addProperty("line", p.line());
        o.addProperty("column", p.column());
        o.addProperty("path", p.path());
        o.addProperty("message", p.message());
        return o;
    }

    /** What atlas:install and atlas:uninstall changed in the atlas, one object per change. */
    static JsonArray changes(List<AtlasChange> changes) {
        return array(changes, c -> {
            JsonObject o = new JsonObject();
            o.addProperty("change", c.kind().name().toLowerCase(Locale.ROOT));
            o.addProperty("subject", c.subject().name().toLowerCase(Locale.ROOT));
            o.addProperty("id", c.id());
            o.addProperty("version", c.version());
            o.add("summary", text(c.summary()));
            return o;
        });
    }

    /** What atlas:pack wrote. */
    static JsonObject packed(String bundle, String version, String file, int entries) {
        JsonObject o = new JsonObject();
        o.addProperty("bundle", bundle);
        o.addProperty("version", version);
        o.addProperty("file", file);
        o.addProperty("entries", entries);
        return o;
    }

    static <T> JsonArray array(Collection<T> items, Function<T, ? extends JsonElement> mapper) {
        JsonArray array = new JsonArray();
        items.forEach(item -> array.add(mapper.apply(item)));
        return array;
    }

    static JsonArray strings(List<String> values) {
        return array(values, JsonMapper::string);
    }

    static JsonElement string(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** JSON has no NaN or infinity: a ratio without a whole is written as null, like a missing one. */
    static JsonElement number(Number value) {
        boolean finite = value != null && !(value instanceof Double d && !Double.isFinite(d));
        return finite ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }
}
