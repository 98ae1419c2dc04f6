package org.chainatlas.api;

import java.io.IOException;
import java.io.OutputStream;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;

/**
 * Writes (part of) the atlas in one format. Whiteboard: register one with the service property
 * {@value #FORMAT} and {@code atlas:export --format} offers it at once; unregister it and it goes.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface Exporter {
    /** Service property: the format's short name, e.g. "svg"; also what {@link #format()} returns. */
    String FORMAT = "chainatlas.export.format";

    /** Short lowercase name users type after --format, e.g. "csv". */
    String format();

    /** The file name extension, without the dot, e.g. "csv". */
    String extension();

    /** One line saying what the format is for. */
    Text description();

    /**
     * Writes {@code atlas} (already narrowed to the region and layer the user asked for) in
     * {@code lang}. Must escape everything it writes: entry names are user data.
     */
    void export(AtlasSnapshot atlas, Lang lang, OutputStream out) throws IOException;
}
