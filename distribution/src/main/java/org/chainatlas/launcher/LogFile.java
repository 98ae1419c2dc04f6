package org.chainatlas.launcher;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The log file, opened on the first write only (most runs log nothing) and rotated once it has
 * grown past {@value #ROTATE_AT} bytes: the previous one is kept as {@code chainatlas.log.1}.
 */
final class LogFile extends OutputStream {

    private static final long ROTATE_AT = 1 << 20;

    private final Path path;
    private OutputStream out;

    LogFile(Path path) {
        this.path = path;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        stream().write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        stream().write(bytes, offset, length);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private OutputStream stream() throws IOException {
        if (out == null) {
            Files.createDirectories(path.getParent());
            if (Files.isRegularFile(path) && Files.size(path) > ROTATE_AT) {
                Path previous = path.resolveSibling(path.getFileName() + ".1");
                Files.move(path, previous, StandardCopyOption.REPLACE_EXISTING);
            }
            out = new BufferedOutputStream(Files.newOutputStream(path,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        }
        return out;
    }
}
