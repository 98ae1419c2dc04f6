package org.chainatlas.shell;

import java.nio.file.Path;
import org.apache.felix.service.command.CommandSession;

/** Files named on a command line: relative paths are resolved against the session's current directory, as Gogo's own commands do. */
final class SessionFiles {

    private SessionFiles() {
    }

    /** {@code file} as a path: itself where absolute, else within the session's (or the process's) current directory. */
    static Path resolve(CommandSession session, String file) {
        if (file.startsWith("file:")) { // as Gogo's own install takes it
            try {
                return Path.of(java.net.URI.create(file));
            } catch (IllegalArgumentException e) {
                throw new org.chainatlas.api.AtlasException("'" + file + "' is not a file URL; give a path or file:/absolute/path");
            }
        }
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path;
        }
        Path base = session == null ? null : session.currentDir();
        return (base != null ? base : Path.of(System.getProperty("user.dir"))).resolve(path).normalize();
    }
}
