package org.chainatlas.api;

import java.nio.file.Path;

/**
 * Dataset files as users write them: checked, and packed into data-only bundles. Used by
 * {@code atlas:validate}, {@code atlas:pack}, {@code atlas:install} and the {@code deploy/} folder,
 * so that every way in applies the same checks.
 */
@org.osgi.annotation.versioning.ProviderType
public interface DatasetFiles {
    /** Manifest header of a bundle packed from a file: the file's absolute path (deleting it uninstalls the bundle). */
    String PACKED_FROM_HEADER = "ChainAtlas-Packed-From";

    /**
     * Checks a dataset file ({@code .json}) or a dataset bundle ({@code .jar}) against the schema,
     * against itself (references, duplicates, figures) and against the installed layers. Installs
     * nothing and never throws for a bad file: the problems are the answer.
     */
    Validation validate(Path file);

    /** Checks the bytes of a dataset document as {@link #validate(Path)} does; {@code name} labels the problems. */
    Validation validate(String name, byte[] json);

    /**
     * Packs a dataset document into a data-only bundle whose symbolic name and version come from
     * the dataset's id and version ({@code chainatlas.dataset.<id>}). A document with errors is refused.
     *
     * @throws AtlasException naming the first error and how many there are
     */
    byte[] pack(String name, byte[] json);

    /**
     * What changed from one dataset document to another: header, entries, figures and places,
     * each item matched by id and compared field by field. Used by {@code atlas:diff} and for the
     * summary of an update's message.
     *
     * @param nameA, nameB what the user called each side (a dataset id or a file), for the answer
     * @since 1.2
     */
    DatasetDiff diff(String nameA, org.chainatlas.api.model.DatasetDocument a,
                     String nameB, org.chainatlas.api.model.DatasetDocument b);

    /** A dataset document as "chainatlas/dataset@1" JSON (UTF-8), which {@link #validate(String, byte[])} reads back unchanged. */
    byte[] write(org.chainatlas.api.model.DatasetDocument document);
}
