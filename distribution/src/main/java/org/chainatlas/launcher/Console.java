package org.chainatlas.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's own standard streams, taken before anything can replace them: Gogo swaps
 * System.in/out/err for its per-session streams, and handing those back to Gogo recurses until
 * StackOverflowError (docs/osgi-pitfalls.md, pitfall 1). Output is UTF-8 whatever the locale (pitfall 6).
 */
record Console(InputStream in, PrintStream out, PrintStream err) {

    static Console utf8() {
        return new Console(System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
    }
}
