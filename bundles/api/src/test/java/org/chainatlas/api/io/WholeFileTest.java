package org.chainatlas.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What writing a file a user names may do to what is already there. */
class WholeFileTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenAndAnExistingOneOnlyWhenAsked() throws IOException {
        Path target = folder.resolve("out.json");
        assertEquals(3, WholeFile.write(target, false, out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertEquals("new", Files.readString(target));
        assertThrows(FileAlreadyExistsException.class, () -> WholeFile.write(target, false, out -> out.write(1)));
        assertEquals("new", Files.readString(target));
        WholeFile.write(target, true, out -> out.write("newer".getBytes(StandardCharsets.UTF_8)));
        assertEquals("newer", Files.readString(target));
        assertEquals(List.of("out.json"), names(), "no temporary file is left behind");
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("out.json"), "old");
        IOException e = assertThrows(IOException.class, () -> WholeFile.write(target, true, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.json"), names(), "no temporary file is left behind");
    }

    @Test
    void aWriterThatClosesTheStreamItselfStillWritesTheWholeFile() throws IOException {
        Path target = folder.resolve("out.csv");
        WholeFile.write(target, false, out -> {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("a,b\n", Files.readString(target));
    }

    @Test
    void aLinkOrAFolderIsNeverReplacedEvenWhenAsked() throws IOException {
        Path precious = Files.writeString(folder.resolve("precious.txt"), "keep");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), precious);
        for (boolean replace : new boolean[] {false, true}) {
            IOException e = assertThrows(WholeFile.NotARegularFileException.class, () -> WholeFile.write(link, replace, out -> out.write(1)));
            assertEquals(link + " is not a regular file (a link, folder, FIFO or device): choose another name", e.getMessage());
        }
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(precious));
        Path dir = Files.createDirectory(folder.resolve("dir.json"));
        assertThrows(WholeFile.NotARegularFileException.class, () -> WholeFile.write(dir, true, out -> out.write(1)));
        assertTrue(Files.isDirectory(dir));
        assertEquals(List.of("dir.json", "link.json", "precious.txt"), names());
    }

    /** Writing into a FIFO would block until someone reads it; it is refused before anything is opened. */
    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("fifo.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertThrows(WholeFile.NotARegularFileException.class, () -> WholeFile.write(fifo, true, out -> out.write(1)));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }
}
