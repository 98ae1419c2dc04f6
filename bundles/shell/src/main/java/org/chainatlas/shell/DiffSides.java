package org.chainatlas.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;

/**
 * What a word on atlas:diff's command line stands for: an installed dataset (by id) or a dataset
 * file (.json, or a dataset bundle .jar), read with the same checks atlas:validate applies.
 */
final class DiffSides {

    /** A document and the word that named it. */
    record Side(String word, DatasetDocument document) {
    }

    private final CommandSession session;
    private final AtlasSnapshot snapshot;
    private final DatasetFiles files;

    DiffSides(CommandSession session, AtlasSnapshot snapshot, DatasetFiles files) {
        this.session = session;
        this.snapshot = snapshot;
        this.files = files;
    }

    Side resolve(String word) {
        if (!isFileName(word)) {
            List<DatasetDocument> installed = snapshot.documents().stream().filter(d -> d.id().equals(word)).toList();
            if (!installed.isEmpty()) {
                return new Side(word, installed.get(0));
            }
        }
        Path path = SessionFiles.resolve(session, word);
        if (!Files.isRegularFile(path)) {
            throw new AtlasException("no installed dataset or file '" + word + "'; " + valid());
        }
        Validation validation = files.validate(path);
        if (validation.document() == null || !validation.ok()) {
            throw new AtlasException(word + " is not a valid dataset: " + validation.errors()
                    + (validation.errors() == 1 ? " error" : " errors") + "; atlas:validate " + word + " lists them");
        }
        return new Side(word, validation.document());
    }

    /** "installed datasets: a, b; or give a dataset .json or .jar file". */
    String valid() {
        List<String> ids = snapshot.datasets().stream().map(DatasetStatus::id).toList();
        return (ids.isEmpty() ? "no dataset is installed" : "installed datasets: " + String.join(", ", ids))
                + "; or give a dataset .json or .jar file";
    }

    /** A word ending in .json or .jar names a file even where a dataset has that id. */
    private static boolean isFileName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".jar");
    }
}
