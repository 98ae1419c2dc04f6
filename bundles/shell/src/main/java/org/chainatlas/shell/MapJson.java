package org.chainatlas.shell;

import static org.chainatlas.shell.JsonMapper.array;
import static org.chainatlas.shell.JsonMapper.number;
import static org.chainatlas.shell.JsonMapper.strings;
import static org.chainatlas.shell.JsonMapper.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Entry;
import org.chainatlas.shell.ArchitectureMap.Band;
import org.chainatlas.shell.ArchitectureMap.Block;
import org.chainatlas.shell.ArchitectureMap.FacetBlock;
import org.chainatlas.shell.Comparison.Difference;
import org.chainatlas.shell.Comparison.Figures;
import org.chainatlas.shell.Comparison.Side;

/**
 * The JSON of atlas:map, compare, formats and export, with {@link JsonMapper}'s conventions:
 * bilingual texts as {"zh", "en"}, absent values as null, never dropped.
 */
final class MapJson {

    private MapJson() {
    }

    /** The map as drawn: layers top first, their facets, categories (with children) and entries. */
    static JsonObject map(ArchitectureMap map) {
        JsonObject json = new JsonObject();
        json.add("datasets", strings(map.datasetIds()));
        json.addProperty("named", map.named());
        json.add("layers", array(map.bands(), MapJson::band));
        return json;
    }

    static JsonArray formats(List<Exporter> exporters) {
        return array(exporters, exporter -> {
            JsonObject json = new JsonObject();
            json.addProperty("format", exporter.format());
            json.addProperty("extension", exporter.extension());
            json.add("description", text(exporter.description()));
            return json;
        });
    }

    static JsonObject compare(Comparison comparison) {
        JsonObject json = new JsonObject();
        json.add("a", side(comparison.a()));
        json.add("b", side(comparison.b()));
        json.add("layers", array(comparison.layers(), layer -> {
            JsonObject row = new JsonObject();
            row.addProperty("id", layer.layer().id());
            row.add("name", text(layer.layer().name()));
            row.add("a", figures(layer.a()));
            row.add("b", figures(layer.b()));
            row.add("difference", difference(layer.difference()));
            row.add("categories", array(layer.categories(), category -> {
                JsonObject c = new JsonObject();
                c.addProperty("facet", category.facet());
                c.addProperty("id", category.category().id());
                c.add("name", text(category.category().name()));
                c.add("a", figures(category.a()));
                c.add("b", figures(category.b()));
                c.add("difference", difference(category.difference()));
                return c;
            }));
            return row;
        }));
        json.add("organisations", array(comparison.organisations(), pair -> {
            JsonObject p = new JsonObject();
            p.add("name", text(pair.a().name()));
            p.addProperty("a", pair.a().qualifiedId());
            p.addProperty("b", pair.b().qualifiedId());
            p.addProperty("matchedBy", pair.basis() == OrganisationMatcher.Basis.ORGANISATION_KEY
                    ? "organisationKey" : "name");
            return p;
        }));
        return json;
    }

    /** What atlas:export --json says it wrote. */
    static JsonObject export(String format, String file, long bytes, List<String> datasets, int layers, int entries) {
        JsonObject json = new JsonObject();
        json.addProperty("format", format);
        json.addProperty("file", file);
        json.addProperty("bytes", bytes);
        json.add("datasets", strings(datasets));
        json.addProperty("layers", layers);
        json.addProperty("entries", entries);
        return json;
    }

    private static JsonObject band(Band band) {
        JsonObject json = new JsonObject();
        json.addProperty("id", band.layer().id());
        json.addProperty("rank", band.layer().rank());
        json.add("name", text(band.layer().name()));
        json.add("role", text(band.layer().role()));
        json.add("reported", number(band.reported()));
        json.add("sumOfParts", number(band.sumOfParts()));
        json.addProperty("named", band.named());
        json.add("coverage", number(band.coverage()));
        if (!band.regions().isEmpty()) {
            json.add("regions", array(band.regions(), row -> {
                JsonObject region = new JsonObject();
                region.addProperty("region", row.region());
                region.add("name", text(row.name()));
                region.add("reported", number(row.reported()));
                region.addProperty("named", row.named());
                region.add("coverage", number(row.coverage()));
                return region;
            }));
            if (band.unreported() != null) {
                json.add("unreported", text(band.unreported()));
            }
        }
        json.add("facets", array(band.facets(), MapJson::facet));
        json.add("unclassified", array(band.unclassified(), MapJson::entry));
        return json;
    }

    private static JsonObject facet(FacetBlock facet) {
        JsonObject json = new JsonObject();
        json.addProperty("id", facet.facet().id());
        json.add("name", text(facet.facet().name()));
        json.add("categories", array(facet.categories(), MapJson::block));
        return json;
    }

    private static JsonObject block(Block block) {
        JsonObject json = new JsonObject();
        json.addProperty("id", block.category().id());
        json.add("name", text(block.category().name()));
        json.add("reported", number(block.reported()));
        json.add("reportedShare", number(block.reportedShare()));
        json.addProperty("named", block.named());
        json.add("places", array(block.places(), place -> {
            JsonObject p = new JsonObject();
            p.addProperty("id", place.place().id());
            p.add("name", text(place.place().name()));
            p.addProperty("reported", place.reported());
            p.addProperty("named", place.named());
            return p;
        }));
        json.add("entries", array(block.entries(), MapJson::entry));
        json.add("children", array(block.children(), MapJson::block));
        return json;
    }

    private static JsonObject entry(Entry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("id", entry.id());
        json.addProperty("qualifiedId", entry.qualifiedId());
        json.add("name", text(entry.name()));
        return json;
    }

    private static JsonObject side(Side side) {
        JsonObject json = new JsonObject();
        json.addProperty("region", side.region());
        json.add("datasets", strings(side.datasetIds()));
        return json;
    }

    private static JsonObject figures(Figures figures) {
        JsonObject json = new JsonObject();
        json.add("reported", number(figures.reported()));
        json.add("sumOfParts", number(figures.sumOfParts()));
        json.addProperty("named", figures.named());
        json.add("coverage", number(figures.coverage()));
        return json;
    }

    private static JsonObject difference(Difference difference) {
        JsonObject json = new JsonObject();
        json.add("reported", number(difference.reported()));
        json.addProperty("named", difference.named());
        json.add("coverage", number(difference.coverage()));
        return json;
    }
}
