package org.chainatlas.shell;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file in the same
 * folder, which is moved into place only once it is complete. A writer that fails leaves neither
 * a half file nor the temporary one behind, and an existing file is untouched unless replacing
 * it was asked for; only a regular file is ever replaced. atlas:export and atlas:pack write this way.
 */
final class ExportFile {

    /** What produces the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    /**
     * Writes {@code target}; the caller has checked that its folder exists.
     *
     * @return the size of the file written, in bytes
     * @throws FileAlreadyExistsException where {@code target} exists and {@code replace} is false
     */
    static long write(Path target, boolean replace, Content content) throws IOException {
        if (!replace && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // --force replaces a file, never a link, a FIFO, a device or a folder that happens to have the name
            throw new IOException(target + " is not a regular file (a link, folder, FIFO or device): choose another name");
        }
        Path temporary = create(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            }
            long size = Files.size(temporary);
            move(temporary, target, replace);
            return size;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new, empty ".name.1234.part" beside {@code target}, created with the default permissions. */
    private static Path create(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "."
                    + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36) + ".part");
            try {
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temporary, Path target, boolean replace) throws IOException {
        if (!replace) {
            // Without REPLACE_EXISTING, a file that appeared meanwhile is not overwritten.
            Files.move(temporary, target);
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
