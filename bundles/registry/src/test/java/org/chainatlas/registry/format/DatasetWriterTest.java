package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

class DatasetWriterTest {

    @Test
    void aWrittenDatasetReadsBackUnchanged() throws Exception {
        DatasetDocument seed = DatasetReader.read(SeedFiles.dataset());
        byte[] written = DatasetWriter.write(seed);
        assertEquals(seed, DatasetReader.read(written));
        assertEquals(DatasetWriter.write(DatasetReader.read(written)).length, written.length, "writing is stable");
    }

    @Test
    void theSeedFileItselfIsWhatTheWriterWrites() throws Exception {
        var original = JsonParser.parseString(new String(SeedFiles.dataset(), StandardCharsets.UTF_8)).getAsJsonObject();
        var written = JsonParser.parseString(new String(DatasetWriter.write(DatasetReader.read(SeedFiles.dataset())),
                StandardCharsets.UTF_8)).getAsJsonObject();
        original.getAsJsonArray("sources").get(0).getAsJsonObject().remove("publisher"); // null in the file
        assertEquals(original, written);
    }
}
