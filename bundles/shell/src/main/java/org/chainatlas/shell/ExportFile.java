package org.chainatlas.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.chainatlas.api.io.WholeFile;

/**
 * Writes a file whole or not at all, and replaces only a regular file: atlas:export and
 * atlas:pack write this way. The work is {@link WholeFile}'s, which atlas:import shares.
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
        return WholeFile.write(target, replace, content::writeTo);
    }
}
