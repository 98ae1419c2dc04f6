package org.chainatlas.shell;

import java.util.Map;

/** What a word of an atlas command stands for, so that Tab can offer the values it may be. */
enum ValueKind {
    /** Nothing: a flag, or a command that takes no words. */
    NONE,
    /** Free text or a number: nothing to offer. */
    TEXT,
    LAYER, CATEGORY, DATASET, REGION, PLACE, FORMAT, LANGUAGE, ENTRY, FILE,
    /** atlas:diff: an installed dataset or a dataset file. */
    DATASET_OR_FILE;

    /** The value an option takes, by its name: one table for every command, so "--layer" means the same everywhere. */
    private static final Map<String, ValueKind> OPTIONS = Map.ofEntries(
            Map.entry("--layer", LAYER), Map.entry("--category", CATEGORY), Map.entry("--dataset", DATASET),
            Map.entry("--region", REGION), Map.entry("--place", PLACE), Map.entry("--format", FORMAT),
            Map.entry("--lang", LANGUAGE), Map.entry("--out", FILE), Map.entry("--mapping", FILE),
            Map.entry("--write-mapping", FILE));

    /** The words after the options, by command. */
    private static final Map<String, ValueKind> OPERANDS = Map.of(
            "show", ENTRY, "compare", REGION, "diff", DATASET_OR_FILE, "install", FILE, "validate", FILE,
            "pack", FILE, "import", FILE, "uninstall", DATASET);

    static ValueKind ofOption(String name) {
        return OPTIONS.getOrDefault(name, TEXT);
    }

    /** @param command without its scope ("show") */
    static ValueKind ofOperands(String command) {
        return OPERANDS.getOrDefault(command, NONE);
    }
}
