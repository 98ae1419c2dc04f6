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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.chainatlas.api.Problem;
import org.chainatlas.api.model.Ids;
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

    /** The schemas' pattern for ids: the one rule of {@link Ids}. */
    static final String ID_PATTERN = "^(?!.*\\.\\.)[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?$";

    private final Rule root;
    /** The compiled $defs, by reference ("#/$defs/text"). */
    private final Map<String, Rule> defs = new HashMap<>();

    private SchemaValidator(JsonObject schema) {
        checkKeywords(schema, "#");
        if (schema.has("$defs")) {
            schema.getAsJsonObject("$defs").entrySet()
                    .forEach(d -> defs.put("#/$defs/" + d.getKey(), new Rule(d.getValue().getAsJsonObject())));
        }
        this.root = new Rule(schema);
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

    /**
     * JSON Schema's "$" (ECMA-262's) ends the input, but Java's also matches before a final
     * line break: "1.0.0\n" passed "^[0-9]+...$". Each "$" outside a character class becomes
     * "\z" (the escape of a literal dollar stays as it is).
     */
    static String endOfInput(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            out.append(c == '$' && !inClass ? "\\z" : String.valueOf(c));
        }
        return out.toString();
    }

    public List<Problem> validate(JsonElement document) {
        List<Problem> problems = new ArrayList<>();
        check(root, document, JsonPath.ROOT, problems);
        return problems;
    }

    /**
     * One schema object with its keywords read once: looking each keyword up in the schema's JSON
     * for every value of a 10,000-entry file cost about a sixth of checking it. The JSON stays for
     * the words of problems.
     */
    private static final class Rule {
        final JsonObject source;
        final String ref;
        final List<Rule> oneOf;
        final JsonElement type;
        final JsonElement constant;
        final JsonArray allowed;
        final Integer minLength;
        final Integer maxLength;
        final Predicate<String> pattern;
        final Double minimum;
        final Double maximum;
        final List<String> required;
        final Map<String, Rule> properties;
        /** A rule for other members, or null; {@link #closed} says whether other members are refused. */
        final Rule additional;
        final boolean closed;
        final Integer minProperties;
        final Rule items;
        final Integer minItems;
        final Integer maxItems;

        Rule(JsonObject schema) {
            source = schema;
            ref = schema.has("$ref") ? schema.get("$ref").getAsString() : null;
            if (ref != null && !ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("only local #/$defs references are supported: " + ref);
            }
            oneOf = schema.has("oneOf") ? rules(schema.getAsJsonArray("oneOf")) : null;
            type = schema.get("type");
            constant = schema.get("const");
            allowed = schema.has("enum") ? schema.getAsJsonArray("enum") : null;
            minLength = integer(schema, "minLength");
            maxLength = integer(schema, "maxLength");
            pattern = schema.has("pattern") ? matcher(schema.get("pattern").getAsString()) : null;
            minimum = schema.has("minimum") ? schema.get("minimum").getAsDouble() : null;
            maximum = schema.has("maximum") ? schema.get("maximum").getAsDouble() : null;
            List<String> names = new ArrayList<>();
            if (schema.has("required")) {
                schema.getAsJsonArray("required").forEach(n -> names.add(n.getAsString()));
            }
            required = List.copyOf(names);
            Map<String, Rule> members = new LinkedHashMap<>();
            if (schema.has("properties")) {
                schema.getAsJsonObject("properties").entrySet()
                        .forEach(m -> members.put(m.getKey(), new Rule(m.getValue().getAsJsonObject())));
            }
            properties = members;
            JsonElement other = schema.get("additionalProperties");
            additional = other != null && other.isJsonObject() ? new Rule(other.getAsJsonObject()) : null;
            closed = other != null && !other.isJsonObject() && !other.getAsBoolean();
            minProperties = integer(schema, "minProperties");
            items = schema.has("items") ? new Rule(schema.getAsJsonObject("items")) : null;
            minItems = integer(schema, "minItems");
            maxItems = integer(schema, "maxItems");
        }

        /**
         * The id pattern is checked by {@link Ids#valid}, which accepts exactly what it matches as
         * JSON Schema reads it (IdPatternPropertyTest holds the two side by side): every id of a
         * file meets it, and the regex was a twentieth of validating a 10,000-entry file.
         */
        private static Predicate<String> matcher(String regex) {
            if (regex.equals(ID_PATTERN)) {
                return Ids::valid;
            }
            Pattern compiled = Pattern.compile(endOfInput(regex));
            return s -> compiled.matcher(s).find();
        }

        private static List<Rule> rules(JsonArray branches) {
            List<Rule> out = new ArrayList<>();
            branches.forEach(b -> out.add(new Rule(b.getAsJsonObject())));
            return out;
        }

        private static Integer integer(JsonObject schema, String keyword) {
            return schema.has(keyword) ? schema.get(keyword).getAsInt() : null;
        }
    }

    private void check(Rule rule, JsonElement value, JsonPath path, List<Problem> problems) {
        if (rule.ref != null) {
            check(defs.get(rule.ref), value, path, problems);
            return;
        }
        if (rule.oneOf != null) {
            oneOf(rule, value, path, problems);
            return;
        }
        if (rule.constant != null && !rule.constant.equals(value)) {
            problems.add(Problem.error(path.toString(), "must be " + rule.constant + ", not " + shortly(value)));
            return;
        }
        if (rule.type != null && !typeMatches(rule.type, value)) {
            problems.add(Problem.error(path.toString(), "must be " + typeNames(rule.type) + ", not " + kind(value)));
            return;
        }
        if (rule.allowed != null && !contains(rule.allowed, value)) {
            problems.add(Problem.error(path.toString(), shortly(value) + " is not one of " + rule.allowed));
            return;
        }
        if (value != null && value.isJsonPrimitive()) {
            primitive(rule, value.getAsJsonPrimitive(), path, problems);
        } else if (value != null && value.isJsonObject()) {
            object(rule, value.getAsJsonObject(), path, problems);
        } else if (value != null && value.isJsonArray()) {
            array(rule, value.getAsJsonArray(), path, problems);
        }
    }

    private void primitive(Rule rule, JsonPrimitive value, JsonPath path, List<Problem> problems) {
        if (value.isString()) {
            String s = value.getAsString();
            if (rule.minLength != null || rule.maxLength != null) {
                int length = s.codePointCount(0, s.length());
                if (rule.minLength != null && length < rule.minLength) {
                    problems.add(Problem.error(path.toString(), length == 0 ? "must not be empty"
                            : "is " + length + " characters long; at least " + rule.minLength + " are needed"));
                }
                if (rule.maxLength != null && length > rule.maxLength) {
                    problems.add(Problem.error(path.toString(), "is " + length + " characters long; at most "
                            + rule.maxLength + " are allowed"));
                }
            }
            if (rule.pattern != null && !rule.pattern.test(s)) {
                problems.add(Problem.error(path.toString(), "'" + abbreviate(s) + "' is not " + describe(rule.source)));
            }
        } else if (value.isNumber() && (rule.minimum != null || rule.maximum != null)) {
            double d = value.getAsDouble();
            if (rule.minimum != null && d < rule.minimum) {
                problems.add(Problem.error(path.toString(), value + " is below the minimum " + rule.source.get("minimum")));
            }
            if (rule.maximum != null && d > rule.maximum) {
                problems.add(Problem.error(path.toString(), value + " is above the maximum " + rule.source.get("maximum")));
            }
        }
    }

    private void object(Rule rule, JsonObject value, JsonPath path, List<Problem> problems) {
        for (String name : rule.required) {
            JsonElement member = value.get(name);
            if (member == null || member.isJsonNull()) {
                problems.add(Problem.error(path.member(name).toString(), "is missing; it is required"));
            }
        }
        if (rule.minProperties != null && value.size() < rule.minProperties) {
            problems.add(Problem.error(path.toString(), "must not be empty"
                    + (rule.source.has("description") ? "; " + rule.source.get("description").getAsString() : "")));
        }
        for (Map.Entry<String, JsonElement> member : value.entrySet()) {
            Rule known = rule.properties.get(member.getKey());
            if (known != null) {
                check(known, member.getValue(), path.member(member.getKey()), problems);
            } else if (rule.additional != null) {
                check(rule.additional, member.getValue(), path.member(member.getKey()), problems);
            } else if (rule.closed) {
                problems.add(Problem.error(path.member(member.getKey()).toString(),
                        unknownField(member.getKey(), rule.properties.keySet())));
            }
        }
    }

    private static String unknownField(String name, java.util.Set<String> properties) {
        TreeSet<String> fields = new TreeSet<>(properties);
        fields.remove("$schema");
        String hint = fields.stream()
                .filter(f -> Suggest.distance(f.toLowerCase(), name.toLowerCase()) <= Math.max(2, f.length() / 4))
                .findFirst().map(f -> "did you mean \"" + f + "\"? ").orElse("");
        return "\"" + name + "\" is not a field here; " + hint + "fields: " + String.join(", ", fields);
    }

    private void array(Rule rule, JsonArray value, JsonPath path, List<Problem> problems) {
        if (rule.minItems != null && value.size() < rule.minItems) {
            problems.add(Problem.error(path.toString(), "must have at least " + rule.minItems + " item(s)"));
        }
        if (rule.maxItems != null && value.size() > rule.maxItems) {
            problems.add(Problem.error(path.toString(), "has " + value.size() + " items; at most " + rule.maxItems
                    + " are allowed"));
            return;
        }
        if (rule.items != null) {
            for (int i = 0; i < value.size(); i++) {
                check(rule.items, value.get(i), path.item(i), problems);
            }
        }
    }

    /** The branch whose type fits explains the problem; if none fits, name the choices. */
    private void oneOf(Rule rule, JsonElement value, JsonPath path, List<Problem> problems) {
        List<Problem> closest = null;
        List<String> expected = new ArrayList<>();
        for (Rule branch : rule.oneOf) {
            Rule resolved = branch;
            while (resolved.ref != null) {
                resolved = defs.get(resolved.ref);
            }
            List<Problem> found = new ArrayList<>();
            check(resolved, value, path, found);
            if (found.isEmpty()) {
                return;
            }
            expected.add(resolved.type != null ? typeNames(resolved.type) : "a value");
            if (resolved.type == null || typeMatches(resolved.type, value)) {
                closest = closest == null ? found : closest;
            }
        }
        if (closest != null) {
            problems.addAll(closest);
        } else {
            problems.add(Problem.error(path.toString(), "must be " + String.join(" or ", expected) + ", not " + kind(value)));
        }
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

    /** Refuses keywords this validator does not interpret. */
    private static void checkKeywords(JsonElement schema, String where) {
        if (!schema.isJsonObject()) {
            return;
        }
        JsonObject object = schema.getAsJsonObject();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            String key = member.getKey();
            if (!KNOWN.contains(key)) {
                throw new IllegalStateException("schema keyword '" + key + "' at " + where + " is not supported");
            }
            if (key.equals("properties") || key.equals("$defs")) {
                member.getValue().getAsJsonObject().entrySet()
                        .forEach(p -> checkKeywords(p.getValue(), where + "/" + key + "/" + p.getKey()));
            } else if (key.equals("items") || key.equals("additionalProperties")) {
                checkKeywords(member.getValue(), where + "/" + key);
            } else if (key.equals("oneOf")) {
                member.getValue().getAsJsonArray().forEach(b -> checkKeywords(b, where + "/oneOf"));
            }
        }
    }
}
