package org.chainatlas.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The selection as a dataset file ("chainatlas/dataset@1"), written by the same {@link DatasetFiles}
 * service that reads and packs them, so an export installs again unchanged. A dataset file holds
 * one dataset, so a selection of several is refused rather than merged into something no one wrote.
 * Both languages are always written: {@code lang} does not apply.
 */
@Component(service = Exporter.class, property = Exporter.FORMAT + "=" + JsonExporter.FORMAT)
public final class JsonExporter implements Exporter {

    static final String FORMAT = "json";

    private final DatasetFiles files;

    @Activate
    public JsonExporter(@Reference(name = "files") DatasetFiles files) {
        this.files = files;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String extension() {
        return FORMAT;
    }

    @Override
    public Text description() {
        return Text.of("数据集文件格式（chainatlas/dataset@1），可原样重新导入",
                "the dataset file format (chainatlas/dataset@1), which imports again unchanged");
    }

    @Override
    public void export(AtlasSnapshot atlas, Lang lang, OutputStream out) throws IOException {
        out.write(files.write(only(atlas.documents())));
        out.flush();
    }

    private static DatasetDocument only(List<DatasetDocument> documents) {
        if (documents.isEmpty()) {
            throw new AtlasException("there is no dataset to export as JSON: none is installed in the selection");
        }
        if (documents.size() > 1) {
            List<String> ids = documents.stream().map(DatasetDocument::id).toList();
            throw new AtlasException("the JSON export holds one dataset, but the selection has " + ids.size()
                    + " (" + String.join(", ", ids) + "); pick one with --region, e.g. --region " + ids.get(0));
        }
        return documents.get(0);
    }
}
