package org.chainatlas.registry.internal;

import java.util.function.Function;

/**
 * How much the intake reads before it refuses a file: settings in {@code conf/config.properties}
 * (see docs/datasets.md), checked before a file is read whole, so that a huge file or a zip bomb
 * costs a sentence, not the atlas's memory.
 *
 * @param maxFileBytes     largest dataset file or bundle accepted, as it lies on disk
 * @param maxUnpackedBytes largest total of a bundle's entries once uncompressed
 * @param maxRatio         largest ratio of a bundle's uncompressed entries to its size on disk
 */
record IntakeLimits(long maxFileBytes, long maxUnpackedBytes, int maxRatio) {
    static final String MAX_FILE = "chainatlas.intake.maxFileMiB";
    static final String MAX_UNPACKED = "chainatlas.intake.maxUnpackedMiB";
    static final String MAX_RATIO = "chainatlas.intake.maxRatio";
    private static final long MIB = 1024 * 1024;

    /** 128 MiB holds a dataset of about 270,000 entries; JSON rarely packs tighter than 1:20. */
    static final IntakeLimits DEFAULTS = new IntakeLimits(128 * MIB, 256 * MIB, 100);

    /** The limits {@code property} gives, each falling back to its default where unset or not a positive number. */
    static IntakeLimits from(Function<String, String> property) {
        return new IntakeLimits(
                positive(property.apply(MAX_FILE), DEFAULTS.maxFileBytes / MIB) * MIB,
                positive(property.apply(MAX_UNPACKED), DEFAULTS.maxUnpackedBytes / MIB) * MIB,
                (int) positive(property.apply(MAX_RATIO), DEFAULTS.maxRatio));
    }

    private static long positive(String value, long otherwise) {
        try {
            long parsed = value == null ? otherwise : Long.parseLong(value.strip());
            return parsed > 0 && parsed < Integer.MAX_VALUE ? parsed : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** "3.0 GiB", "512 MiB", "12 kB": sizes as a user reads them in a refusal. */
    static String size(long bytes) {
        if (bytes >= 1024 * MIB) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1024.0 * MIB));
        }
        if (bytes >= MIB) {
            return (bytes / MIB) + " MiB";
        }
        return ((bytes + 1023) / 1024) + " kB";
    }
}
