package org.chainatlas.landscape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainatlas.api.model.Text;

/**
 * What an entry keeps of its landscape items besides name and categories. Every field is kept:
 * each value that is a web address becomes a link (homepage first), {@code organization.name}
 * the organisation, {@code description} the note's first paragraph, and every other value a
 * "key: value" line of the note (nested keys as {@code extra.annotations.x},
 * {@code additional_repos[1].license}). Texts are the source's language, so they go to {@code en}.
 */
record EntryContent(List<String> links, Text note, Text organisation) {
    static final int MAX_LINKS = 20;
    static final int MAX_NOTE = 5000;
    static final int MAX_TEXT = 300;

    /** The content of one entry made of {@code items} (one, or several of the same name and homepage). */
    static EntryContent of(List<LandscapeItem> items) {
        Set<String> links = new LinkedHashSet<>();
        Set<String> lines = new LinkedHashSet<>();
        String description = null;
        String organisation = null;
        Set<String> paths = new LinkedHashSet<>();
        for (LandscapeItem item : items) {
            paths.addAll(item.paths());
            if (!item.homepage().isEmpty() && isLink(item.homepage())) {
                links.add(item.homepage());
            }
            List<String[]> flat = new ArrayList<>();
            item.fields().forEach((key, value) -> flatten(key, value, flat));
            for (String[] pair : flat) {
                String key = pair[0];
                String value = pair[1].strip();
                if (key.equals("description")) {
                    description = description == null ? value : description;
                } else if (key.equals("organization.name")) {
                    organisation = organisation == null ? value : organisation;
                } else if (isLink(value) && links.size() < MAX_LINKS) {
                    links.add(value);
                } else if (!isLink(value) || !links.contains(value)) {
                    lines.add(key + ": " + value);
                }
            }
        }
        StringBuilder note = new StringBuilder();
        if (description != null) {
            note.append(description).append("\n\n");
        }
        note.append("Listed under: ").append(String.join("; ", paths)).append('.');
        lines.forEach(line -> note.append('\n').append(line));
        return new EntryContent(List.copyOf(links), Text.of(null, clip(note.toString(), MAX_NOTE)),
                organisation == null ? null : Text.of(null, clip(organisation, MAX_TEXT)));
    }

    /** Cuts a text to what the schema allows, saying that it was cut. */
    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static boolean isLink(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && value.length() <= 2000
                && value.chars().noneMatch(Character::isWhitespace);
    }

    /** Scalars of a plain YAML value with their key paths, in file order. */
    private static void flatten(String key, Object value, List<String[]> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(key + "." + k, v, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(key + "[" + (i + 1) + "]", list.get(i), into);
            }
        } else if (value != null && !value.toString().isBlank()) {
            into.add(new String[] {key, value.toString()});
        }
    }
}
