package org.chainatlas.landscape;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.format.DatasetReader;

/** Runs atlas:import as Gogo calls it (options absent as "", the file last) against the seed's layers, in a folder of its own. */
final class ImportRun {
    private final Path folder;
    private final Map<String, String> options = new HashMap<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ImportRun(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code text} to {@code name} in the folder and returns its path as a string. */
    String file(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    String path(String name) {
        return folder.resolve(name).toString();
    }

    ImportRun option(String name, String value) {
        options.put(name, value);
        return this;
    }

    /** Imports {@code file}; returns what it printed. */
    String run(String file) {
        ImportCommand command = new ImportCommand(SeedLayers.atlas(), SeedLayers.files(), "en",
                () -> new PrintStream(printed, true, StandardCharsets.UTF_8));
        java.util.List<Object> words = new java.util.ArrayList<>(java.util.List.of(file));
        options.forEach((name, value) -> {
            words.add(name);
            if (!name.equals("--force")) {
                words.add(value);
            }
        });
        command._import(null, words.toArray());
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** The dataset --out wrote, read back by the registry's reader. */
    DatasetDocument written() throws Exception {
        return DatasetReader.read(Files.readAllBytes(Path.of(get("--out"))));
    }

    private String get(String name) {
        return options.getOrDefault(name, "");
    }
}
