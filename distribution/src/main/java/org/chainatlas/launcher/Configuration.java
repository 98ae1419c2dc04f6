package org.chainatlas.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * conf/config.properties: the framework properties plus the launcher's own ({@code chainatlas.*}).
 * A system property of the same name wins, so {@code JAVA_OPTS=-Dkey=value} overrides a value for
 * one run; {@code ${name}} refers to another property, {@code ${chainatlas.home}} to the home.
 */
final class Configuration {

    static final String FILE = "conf/config.properties";
    static final String LOG_LEVEL = "chainatlas.log.level";
    static final String READY_TIMEOUT = "chainatlas.ready.timeout";

    private static final int MAX_NESTING = 8;

    private final Map<String, String> values;

    private Configuration(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    static Configuration load(Home home) throws LaunchException {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(home.root().resolve(FILE), StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException e) {
            throw new LaunchException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
        Map<String, String> raw = new HashMap<>();
        for (String key : file.stringPropertyNames()) {
            raw.put(key, System.getProperty(key, file.getProperty(key)));
        }
        raw.put(Home.PROPERTY, home.root().toString());
        return of(raw);
    }

    /** The given values with every {@code ${name}} replaced. */
    static Configuration of(Map<String, String> raw) throws LaunchException {
        Map<String, String> resolved = new HashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            resolved.put(entry.getKey(), substitute(entry.getKey(), entry.getValue(), raw, 0));
        }
        return new Configuration(resolved);
    }

    /** Expands every ${name}; scanned by hand, as compiling a regex costs a start 5 ms. */
    private static String substitute(String key, String value, Map<String, String> raw, int depth)
            throws LaunchException {
        StringBuilder result = new StringBuilder();
        int from = 0;
        for (int start = value.indexOf("${"); start >= 0; start = value.indexOf("${", from)) {
            int end = value.indexOf('}', start + 2);
            if (end < 0) {
                break; // "${" without "}": taken as it is
            }
            if (end == start + 2) {
                result.append(value, from, end + 1); // "${}" names nothing: taken as it is
                from = end + 1;
                continue;
            }
            String name = value.substring(start + 2, end);
            String replacement = raw.containsKey(name) ? raw.get(name) : System.getProperty(name);
            if (replacement == null || depth > MAX_NESTING) {
                throw new LaunchException(FILE + ": " + key + " refers to ${" + name
                        + "}, which is not defined (or refers to itself)");
            }
            result.append(value, from, start).append(substitute(key, replacement, raw, depth + 1));
            from = end + 1;
        }
        return result.append(value, from, value.length()).toString();
    }

    /** This configuration with one value replaced (taken as it is, without substitution). */
    Configuration with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return new Configuration(copy);
    }

    /** A fresh, mutable copy for the framework, which also takes non-string values. */
    Map<String, Object> frameworkProperties() {
        return new HashMap<>(values);
    }

    String get(String key, String otherwise) {
        return values.getOrDefault(key, otherwise);
    }

    int integer(String key, int otherwise) throws LaunchException {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new LaunchException(FILE + ": " + key + " must be a whole number, not '" + value + "'");
        }
    }

    StartLevels startLevels() throws LaunchException {
        Map<String, Integer> byName = new HashMap<>();
        for (String key : values.keySet()) {
            if (key.startsWith(StartLevels.PREFIX)) {
                byName.put(key.substring(StartLevels.PREFIX.length()), integer(key, 1));
            }
        }
        return new StartLevels(byName, integer(StartLevels.BEGINNING, 1), integer(StartLevels.CONSOLE, 1));
    }
}
