package org.chainatlas.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/**
 * The values a word may take, from one snapshot of the atlas (so they follow what is installed),
 * the installed exporters and the console's current folder, each with a description in one
 * language. Only values starting with what was typed are offered, at most {@link #MOST} of them:
 * a million-entry atlas must not flood the screen at one Tab.
 */
final class Candidates {

    static final int MOST = 200;

    private final AtlasSnapshot snapshot;
    private final List<Exporter> exporters;
    private final Path folder;
    private final Lang lang;

    Candidates(AtlasSnapshot snapshot, List<Exporter> exporters, Path folder, Lang lang) {
        this.snapshot = snapshot;
        this.exporters = exporters;
        this.folder = folder;
        this.lang = lang;
    }

    List<Suggestion> of(ValueKind kind, String typed) {
        String prefix = typed == null ? "" : typed;
        Map<String, Suggestion> found = new LinkedHashMap<>();
        switch (kind) {
            case LAYER -> layers(prefix, found);
            case CATEGORY -> categories(prefix, found);
            case DATASET -> datasets(prefix, found);
            case PLACE -> places(prefix, found);
            case REGION -> {
                datasets(prefix, found);
                places(prefix, found);
            }
            case FORMAT -> exporters.forEach(e -> add(found, prefix, e.format(), e.description()));
            case LANGUAGE -> {
                add(found, prefix, "zh", new Text("中文", "Chinese"));
                add(found, prefix, "en", new Text("英文", "English"));
            }
            case ENTRY -> entries(prefix, found);
            case FILE -> files(prefix, found);
            case DATASET_OR_FILE -> {
                datasets(prefix, found);
                files(prefix, found);
            }
            default -> {
                // Free text, numbers and flags: nothing to offer.
            }
        }
        return List.copyOf(found.values());
    }

    private void layers(String prefix, Map<String, Suggestion> found) {
        snapshot.layers().forEach(l -> add(found, prefix, l.id(), l.name()));
    }

    /** Written facet:category, every level of every facet, as --category takes them. */
    private void categories(String prefix, Map<String, Suggestion> found) {
        for (Layer layer : snapshot.layers()) {
            for (Facet facet : layer.facets()) {
                for (Category category : facet.flatten()) {
                    add(found, prefix, facet.id() + ":" + category.id(), category.name());
                }
            }
        }
    }

    private void datasets(String prefix, Map<String, Suggestion> found) {
        for (DatasetStatus dataset : snapshot.datasets()) {
            add(found, prefix, dataset.id(), dataset.title());
        }
    }

    private void places(String prefix, Map<String, Suggestion> found) {
        for (Place place : snapshot.places()) {
            String name = Cells.name(place.name(), lang);
            add(found, prefix, place.id(), place.code() == null ? name : name + " " + place.code());
        }
    }

    private void entries(String prefix, Map<String, Suggestion> found) {
        Lookup lookup = Lookup.of(snapshot);
        for (Entry entry : snapshot.entries()) {
            if (found.size() >= MOST) {
                return;
            }
            if (starts(entry.id(), prefix) || starts(entry.qualifiedId(), prefix)) {
                add(found, prefix.contains("/") ? "" : prefix, prefix.contains("/") ? entry.qualifiedId()
                        : lookup.displayId(entry), Cells.name(entry.name(), lang));
            }
        }
    }

    /** Files and folders under the current folder (or the one typed), as a shell offers them; hidden ones only when asked for. */
    private void files(String prefix, Map<String, Suggestion> found) {
        int slash = prefix.lastIndexOf('/');
        String head = prefix.substring(0, slash + 1);
        String tail = prefix.substring(slash + 1);
        Path where = head.isEmpty() ? folder : head.startsWith("~/")
                ? Path.of(System.getProperty("user.home")).resolve(head.substring(2)) : folder.resolve(head);
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(where)) {
            listing.forEach(paths::add);
        } catch (IOException | RuntimeException e) {
            return; // no such folder, or not readable: nothing to offer
        }
        paths.sort(null);
        for (Path path : paths) {
            String name = path.getFileName().toString();
            if (found.size() < MOST && name.startsWith(tail) && (tail.startsWith(".") || !name.startsWith("."))) {
                boolean folderToo = Files.isDirectory(path);
                String value = head + name + (folderToo ? "/" : "");
                found.put(value, new Suggestion(value, (folderToo ? FOLDER : FILE).get(lang), !folderToo));
            }
        }
    }

    private static final Text FOLDER = new Text("文件夹", "folder");
    private static final Text FILE = new Text("文件", "file");

    private void add(Map<String, Suggestion> found, String prefix, String value, Text description) {
        add(found, prefix, value, description == null ? null : Cells.name(description, lang));
    }

    private static void add(Map<String, Suggestion> found, String prefix, String value, String description) {
        if (found.size() < MOST && starts(value, prefix)) {
            found.putIfAbsent(value, new Suggestion(value, description, true));
        }
    }

    /** Ids are matched ignoring case, as JLine matches what it shows. */
    private static boolean starts(String value, String prefix) {
        return value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
