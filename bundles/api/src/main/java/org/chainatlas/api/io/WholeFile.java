package org.chainatlas.api.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file in the same
 * folder, which is flushed to the disk and moved into place only once it is complete. A writer
 * that fails (a full disk, an exporter that throws) leaves neither a half file nor the temporary
 * one behind, and a process killed while writing leaves the old file as it was; an existing file
 * is untouched unless replacing it was asked for, and only a regular file is ever replaced.
 */
public final class WholeFile {

    /** What produces the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The name is taken by a folder, a link, a FIFO or a device: never replaced, even when asked
     * (a link would be followed out of the folder the user chose; a FIFO would block the writer).
     */
    public static final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFileException(Path target) {
            super(target + " is not a regular file (a link, folder, FIFO or device): choose another name");
        }
    }

    private WholeFile() {
    }

    /**
     * Writes {@code target}; the caller has checked that its folder exists.
     *
     * @return the size of the file written, in bytes
     * @throws NotARegularFileException where {@code target} is anything but a regular file
     * @throws FileAlreadyExistsException where {@code target} exists and {@code replace} is false
     */
    public static long write(Path target, boolean replace, Content content) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotARegularFileException(target);
        }
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = create(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on the disk before the name points at it: a crash then finds old or new, not empty
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
