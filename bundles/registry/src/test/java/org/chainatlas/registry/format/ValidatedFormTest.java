package org.chainatlas.registry.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.SeedFiles;
import org.junit.jupiter.api.Test;

class ValidatedFormTest {

    @Test
    void theSeedMapComesBackEqualWithItsStringsAndProvenanceShared() throws Exception {
        DatasetDocument read = DatasetReader.read(SeedFiles.dataset());
        DatasetDocument back = ValidatedForm.decodeDataset(ValidatedForm.encode(read));
        assertEquals(read, back);
        assertEquals(35, back.entries().size());
        assertEquals(16, back.figures().size());
        // what recurs on every entry is one object after decoding, as after reading the JSON
        assertSame(back.entries().get(0).dataset(), back.entries().get(1).dataset());
        assertSame(back.entries().get(0).provenance(), back.entries().get(1).provenance());
    }

    @Test
    void decodingSharesEqualPartsOfEntriesAsReadingDoes() throws Exception {
        DatasetDocument read = DatasetReader.read(DatasetReaderTest.RECURRING.getBytes(StandardCharsets.UTF_8));
        DatasetDocument back = ValidatedForm.decodeDataset(ValidatedForm.encode(read));
        assertEquals(read, back);
        DatasetReaderTest.assertRecurringPartsShared(back);
    }

    @Test
    void everyLayerComesBackEqual() throws Exception {
        for (String id : new String[] {"base", "middle", "application", "service"}) {
            Layer layer = LayerReader.read(SeedFiles.layer(id));
            assertEquals(layer, ValidatedForm.decodeLayer(ValidatedForm.encode(layer)), id);
        }
    }

    @Test
    void damagedOrForeignBytesAreRefusedNotMisread() throws Exception {
        byte[] good = ValidatedForm.encode(DatasetReader.read(SeedFiles.dataset()));
        for (int at : new int[] {0, 9, good.length / 2, good.length - 9, good.length - 1}) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x10;
            assertThrows(IOException.class, () -> ValidatedForm.decodeDataset(flipped), "byte " + at);
        }
        assertThrows(IOException.class, () -> ValidatedForm.decodeDataset(Arrays.copyOf(good, good.length / 3)));
        assertThrows(IOException.class, () -> ValidatedForm.decodeDataset(new byte[0]));
        byte[] layer = ValidatedForm.encode(LayerReader.read(SeedFiles.layer("base")));
        assertThrows(IOException.class, () -> ValidatedForm.decodeDataset(layer), "a layer is not a dataset");
    }
}
