package org.chainatlas.console;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal as the console session writes to it. Ctrl-C stops a command at its next write
 * instead of interrupting its thread: Gogo writes through a channel it makes once per session, and
 * a thread interrupted while writing to a channel closes it for good (the console would go blind;
 * on a FileChannel the JDK even puts /dev/null in place of standard output).
 */
final class CancellableOutput extends FilterOutputStream {

    private volatile boolean cancelled;

    CancellableOutput(OutputStream terminal) {
        super(terminal);
    }

    /** From now on every write fails with {@link CommandInterrupted}, until {@link #resume()}. */
    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Before each command line: the next command writes again. */
    void resume() {
        cancelled = false;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
    }

    private void check() {
        if (cancelled) {
            throw new CommandInterrupted();
        }
    }

    /** The terminal is the console's to close, not a command's. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** Unchecked, so that it passes PrintStream, which swallows IOExceptions, and ends the command. */
    static final class CommandInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandInterrupted() {
            super("interrupted", null, false, false);
        }
    }
}
