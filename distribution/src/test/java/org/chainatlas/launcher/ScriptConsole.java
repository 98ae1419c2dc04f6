package org.chainatlas.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The interactive console ({@code bin/atlas}) in a pseudo-terminal of a given size, through
 * util-linux {@code script}: keys go in as a user types them, and the screen's text (escape
 * sequences removed) is read back. A minimal harness for completion, width and paging; waits are
 * for text to appear, never for a time.
 */
final class ScriptConsole implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private ScriptConsole(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream()), "console output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The console of {@code home}, its terminal {@code columns} wide and {@code rows} high, at its first prompt. */
    static ScriptConsole open(Path home, int columns, int rows) throws IOException, InterruptedException {
        String command = "stty cols " + columns + " rows " + rows + "; exec '" + home.resolve("bin/atlas") + "'";
        ProcessBuilder builder = new ProcessBuilder("script", "-q", "-f", "-c", command, "/dev/null")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("TERM", "xterm");
        ScriptConsole console = new ScriptConsole(builder.start());
        console.await("atlas> ");
        return console;
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Everything shown since {@link #clear()}, without escape sequences. */
    String text() {
        synchronized (screen) {
            return plain(screen.toString(StandardCharsets.UTF_8));
        }
    }

    void clear() {
        synchronized (screen) {
            screen.reset();
        }
    }

    /** Waits until {@code expected} appears on the screen; fails with what the screen shows where it does not. */
    String await(String expected) throws InterruptedException {
        Instant end = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(end)) {
            String text = text();
            if (text.contains(expected)) {
                return text;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the console never showed '" + expected + "'; it showed:\n" + text());
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            type("\u0015exit\r");
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (screen) {
                    screen.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The console has gone; what it showed stays readable.
        }
    }

    /** The text without terminal control sequences (colours, cursor moves, modes). */
    static String plain(String raw) {
        return raw.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001B[=>()][0-9A-Za-z]?", "")
                .replace("\r", "");
    }
}
