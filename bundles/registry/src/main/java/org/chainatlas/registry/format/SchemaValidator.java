package org.chainatlas.registry.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.chainatlas.api.Problem;
import org.chainatlas.registry.names.Suggest;

/**
 * Checks a JSON tree against one of the JSON Schemas the api bundle ships (schema/*.schema.json).
 * It interprets the subset of JSON Schema 2020-12 those schemas use — type, const, enum, pattern,
 * min/maxLength, minimum/maximum, required, properties, additionalProperties, minProperties,
 * items, min/maxItems, oneOf and local $ref — and says what is wrong in words a person writing
 * JSON by hand understands. A schema that uses any other keyword fails loudly when loaded.
 */
public final class SchemaValidator {
    private static final java.util.Set<String> KNOWN = java.util.Set.of("$schema", "$id", "$defs", "title",
            "description", "type", "const", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum",
            "required", "properties", "additionalProperties", "minProperties", "items", "minItems", "maxItems",
            "oneOf", "$ref");

    private final JsonObject root;
    private final Map<String, Pattern> patterns;

    private SchemaValidator(JsonObject root) {
        this.root = root;
        Map<String, Pattern> compiled = new java.util.HashMap<>();
        checkKeywords(root, "#", compiled);
        this.patterns = Map.copyOf(compiled);
    }

    /** The schema shipped in the api bundle under {@code schema/<name>}. */
    public static SchemaValidator shipped(String name) {
        try (InputStream in = org.chainatlas.api.model.DatasetDocument.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the api bundle has no schema/" + name);
            }
            return new SchemaValidator(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Problem> validate(JsonElement document) {
        List<Problem> problems = new ArrayList<>();
        check(root, document, "$", problems);
        return problems;
    }

    private void check(JsonObject schema, JsonElement value, String path, List<Problem> problems) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").getAsString()), value, path, problems);
            return;
        }
        if (schema.has("oneOf")) {
            oneOf(schema, value, path, problems);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(Problem.error(path, "must be " + schema.get("const") + ", not " + shortly(value)));
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(Problem.error(path, "must be " + typeNames(schema.get("type")) + ", not " + kind(value)));
            return;
        }
        if (schema.has("enum") && !contains(schema.getAsJsonArray("enum"), value)) {
            problems.add(Problem.error(path, shortly(value) + " is not one of " + schema.get("enum")));
            return;
        }
        if (value != null && value.isJsonPrimitive()) {
            primitive(schema, value.getAsJsonPrimitive(), path, problems);
        } else if (value != null && value.isJsonObject()) {
            object(schema, value.getAsJsonObject(), path, problems);
        } else if (value != null && value.isJsonArray()) {
            array(schema, value.getAsJsonArray(), path, problems);
        }
    }

    private void primitive(JsonObject schema, JsonPrimitive value, String path, List<Problem> problems) {
        if (value.isString()) {
            String s = value.getAsString();
            int length = s.codePointCount(0, s.length());
            if (schema.has("minLength") && length < schema.get("minLength").getAsInt()) {
                problems.add(Problem.error(path, length == 0 ? "must not be empty"
                        : "is " + length + " characters long; at least " + schema.get("minLength") + " are needed"));
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").getAsInt()) {
                problems.add(Problem.error(path, "is " + length + " characters long; at most "
                        + schema.get("maxLength") + " are allowed"));
            }
            if (schema.has("pattern") && !pattern(schema.get("pattern").getAsString()).matcher(s).find()) {
                problems.add(Problem.error(path, "'" + abbreviate(s) + "' is not " + describe(schema)));
            }
        } else if (value.isNumber()) {
            double d = value.getAsDouble();
            if (schema.has("minimum") && d < schema.get("minimum").getAsDouble()) {
                problems.add(Problem.error(path, value + " is below the minimum " + schema.get("minimum")));
            }
            if (schema.has("maximum") && d > schema.get("maximum").getAsDouble()) {
                problems.add(Problem.error(path, value + " is above the maximum " + schema.get("maximum")));
            }
        }
    }

    private void object(JsonObject schema, JsonObject value, String path, List<Problem> problems) {
        JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        if (schema.has("required")) {
            for (JsonElement name : schema.getAsJsonArray("required")) {
                JsonElement member = value.get(name.getAsString());
                if (member == null || member.isJsonNull()) {
                    problems.add(Problem.error(path + "." + name.getAsString(), "is missing; it is required"));
                }
            }
        }
        if (schema.has("minProperties") && value.size() < schema.get("minProperties").getAsInt()) {
            problems.add(Problem.error(path, "must not be empty"
                    + (schema.has("description") ? "; " + schema.get("description").getAsString() : "")));
        }
        JsonElement additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonElement> member : value.entrySet()) {
            String memberPath = path + "." + member.getKey();
            if (properties.has(member.getKey())) {
                check(properties.getAsJsonObject(member.getKey()), member.getValue(), memberPath, problems);
            } else if (additional != null && additional.isJsonObject()) {
                check(additional.getAsJsonObject(), member.getValue(), memberPath, problems);
            } else if (additional != null && !additional.getAsBoolean()) {
                problems.add(Problem.error(memberPath, unknownField(member.getKey(), properties)));
            }
        }
    }

    private static String unknownField(String name, JsonObject properties) {
        TreeSet<String> fields = new TreeSet<>(properties.keySet());
        fields.remove("$schema");
        String hint = fields.stream()
                .filter(f -> Suggest.distance(f.toLowerCase(), name.toLowerCase()) <= Math.max(2, f.length() / 4))
                .findFirst().map(f -> "did you mean \"" + f + "\"? ").orElse("");
        return "\"" + name + "\" is not a field here; " + hint + "fields: " + String.join(", ", fields);
    }

    private void array(JsonObject schema, JsonArray value, String path, List<Problem> problems) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").getAsInt()) {
            problems.add(Problem.error(path, "must have at least " + schema.get("minItems") + " item(s)"));
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").getAsInt()) {
            problems.add(Problem.error(path, "has " + value.size() + " items; at most " + schema.get("maxItems") + " are allowed"));
            return;
        }
        if (schema.has("items")) {
            JsonObject items = schema.getAsJsonObject("items");
            for (int i = 0; i < value.size(); i++) {
                check(items, value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    /** The branch whose type fits explains the problem; if none fits, name the choices. */
    private void oneOf(JsonObject schema, JsonElement value, String path, List<Problem> problems) {
        List<Problem> closest = null;
        List<String> expected = new ArrayList<>();
        for (JsonElement branch : schema.getAsJsonArray("oneOf")) {
            JsonObject resolved = branch.getAsJsonObject();
            while (resolved.has("$ref")) {
                resolved = resolve(resolved.get("$ref").getAsString());
            }
            List<Problem> found = new ArrayList<>();
            check(resolved, value, path, found);
            if (found.isEmpty()) {
                return;
            }
            expected.add(resolved.has("type") ? typeNames(resolved.get("type")) : "a value");
            if (!resolved.has("type") || typeMatches(resolved.get("type"), value)) {
                closest = closest == null ? found : closest;
            }
        }
        if (closest != null) {
            problems.addAll(closest);
        } else {
            problems.add(Problem.error(path, "must be " + String.join(" or ", expected) + ", not " + kind(value)));
        }
    }

    private JsonObject resolve(String ref) {
        if (!ref.startsWith("#/$defs/")) {
            throw new IllegalStateException("only local #/$defs references are supported: " + ref);
        }
        return root.getAsJsonObject("$defs").getAsJsonObject(ref.substring("#/$defs/".length()));
    }

    private Pattern pattern(String regex) {
        return patterns.get(regex);
    }

    private static String describe(JsonObject schema) {
        return schema.has("description") ? schema.get("description").getAsString()
                : "in the expected form (" + schema.get("pattern").getAsString() + ")";
    }

    private static boolean typeMatches(JsonElement type, JsonElement value) {
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.getAsString();
        if (value == null || value.isJsonNull()) {
            return t.equals("null");
        }
        return switch (t) {
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "boolean" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "number" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            case "integer" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                    && value.getAsDouble() == Math.rint(value.getAsDouble());
            default -> false;
        };
    }

    private static String typeNames(JsonElement type) {
        if (type.isJsonArray()) {
            List<String> names = new ArrayList<>();
            type.getAsJsonArray().forEach(t -> names.add(typeNames(t)));
            return String.join(" or ", names);
        }
        return switch (type.getAsString()) {
            case "object" -> "an object";
            case "array" -> "an array";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            default -> "null";
        };
    }

    /** What a value is, in words: "an object", "the number 42", "the string \"x\"". */
    static String kind(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "a boolean";
        }
        return p.isNumber() ? "the number " + p : "the string \"" + abbreviate(p.getAsString()) + "\"";
    }

    private static String shortly(JsonElement value) {
        return value == null ? "null" : abbreviate(value.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static boolean contains(JsonArray values, JsonElement value) {
        for (JsonElement v : values) {
            if (v.equals(value == null ? com.google.gson.JsonNull.INSTANCE : value)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses keywords this validator does not interpret, and compiles every pattern once. */
    private static void checkKeywords(JsonElement schema, String where, Map<String, Pattern> patterns) {
        if (!schema.isJsonObject()) {
            return;
        }
        JsonObject object = schema.getAsJsonObject();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            String key = member.getKey();
            if (!KNOWN.contains(key)) {
                throw new IllegalStateException("schema keyword '" + key + "' at " + where + " is not supported");
            }
            if (key.equals("pattern")) {
                patterns.computeIfAbsent(member.getValue().getAsString(), Pattern::compile);
            } else if (key.equals("properties") || key.equals("$defs")) {
                member.getValue().getAsJsonObject().entrySet()
                        .forEach(p -> checkKeywords(p.getValue(), where + "/" + key + "/" + p.getKey(), patterns));
            } else if (key.equals("items") || key.equals("additionalProperties")) {
                checkKeywords(member.getValue(), where + "/" + key, patterns);
            } else if (key.equals("oneOf")) {
                member.getValue().getAsJsonArray().forEach(b -> checkKeywords(b, where + "/oneOf", patterns));
            }
        }
    }
}
