package org.chainatlas.shell;

import java.nio.file.Path;
import org.apache.felix.service.command.CommandSession;

/** Files named on a command line: relative paths are resolved against the session's current directory, as Gogo's own commands do. */
final class SessionFiles {

    private SessionFiles() {
    }

    /** {@code file} as a path: itself where absolute, else within the session's (or the process's) current directory. */
    static Path resolve(CommandSession session, String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path;
        }
        Path base = session == null ? null : session.currentDir();
        return (base != null ? base : Path.of(System.getProperty("user.dir"))).resolve(path).normalize();
    }
}
