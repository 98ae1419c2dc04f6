package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What atlas:export and atlas:pack may do to the file a user names. */
class ExportFileTest {

    @TempDir
    Path folder;

    @Test
    void replacingAskedForReplacesARegularFileWhole() throws IOException {
        Path target = Files.writeString(folder.resolve("out.jar"), "old");
        assertThrows(FileAlreadyExistsException.class, () -> ExportFile.write(target, false, out -> out.write(1)));
        assertEquals(3, ExportFile.write(target, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("out.jar"), "old");
        assertThrows(IOException.class, () -> ExportFile.write(target, true, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aLinkOrAFolderIsNeverReplacedEvenWithForce() throws IOException {
        Path precious = Files.writeString(folder.resolve("precious.txt"), "keep");
        Path link = Files.createSymbolicLink(folder.resolve("link.jar"), precious);
        IOException e = assertThrows(IOException.class, () -> ExportFile.write(link, true, out -> out.write(1)));
        assertTrue(e.getMessage().endsWith("is not a regular file (a link, folder, FIFO or device): choose another name"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(precious));
        Path dir = Files.createDirectory(folder.resolve("dir.jar"));
        assertThrows(IOException.class, () -> ExportFile.write(dir, true, out -> out.write(1)));
        assertTrue(Files.isDirectory(dir));
    }
}
