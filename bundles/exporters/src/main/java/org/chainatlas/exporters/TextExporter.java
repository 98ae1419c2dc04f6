package org.chainatlas.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;

/**
 * An exporter whose output is text made whole in memory and written as UTF-8 in one go, so a
 * failure half-way leaves nothing half-written. The stream belongs to the caller: it is flushed,
 * not closed.
 */
abstract class TextExporter implements Exporter {

    private final String format;
    private final Text description;

    TextExporter(String format, Text description) {
        this.format = format;
        this.description = description;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public String extension() {
        return format;
    }

    @Override
    public Text description() {
        return description;
    }

    @Override
    public void export(AtlasSnapshot atlas, Lang lang, OutputStream out) throws IOException {
        out.write(render(new Names(atlas, lang)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole file, every piece of user data escaped for the format. */
    abstract String render(Names names);
}
