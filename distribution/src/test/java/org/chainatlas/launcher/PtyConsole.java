package org.chainatlas.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The interactive console ({@code bin/atlas} with no arguments) in a pseudo-terminal, as a person
 * at a terminal runs it: {@code script} (util-linux, in Debian's essential bsdutils) gives it the
 * terminal, a test types lines and keys into it and waits for what appears. The terminal is
 * {@code columns} wide and {@code rows} high ({@code stty} inside it).
 *
 * <p>Typical use: {@code try (PtyConsole console = PtyConsole.open(atlas, 100, 40)) {
 * console.type("atlas:layers\r"); console.await("Base layer"); }}. Output is read whole, escape
 * sequences and all; {@link #text()} strips them for assertions on what a person sees.
 */
final class PtyConsole implements AutoCloseable {

    static final String PROMPT = "atlas> ";
    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";
    static final String TAB = "\t";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** CSI and OSC sequences, and the other escapes JLine writes. */
    private static final Pattern ESCAPES = Pattern.compile("\u001b(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007]*\u0007|[=>()][0-9A-B]?)");

    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final Thread reader;

    private PtyConsole(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        InputStream screen = process.getInputStream();
        this.reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = screen.read(buffer)) >= 0; ) {
                    synchronized (seen) {
                        seen.write(buffer, 0, n);
                        seen.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the console has ended
            }
        }, "pty-console-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the console of the installation and waits for its first prompt. */
    static PtyConsole open(AtlasCommandLine atlas, int columns, int rows) throws IOException, InterruptedException {
        return open(atlas, columns, rows, Map.of());
    }

    /** As {@link #open(AtlasCommandLine, int, int)}, with more environment variables. */
    static PtyConsole open(AtlasCommandLine atlas, int columns, int rows, Map<String, String> environment)
            throws IOException, InterruptedException {
        String inside = "stty cols " + columns + " rows " + rows + " && exec '" + atlas.home().resolve("bin/atlas") + "'";
        ProcessBuilder builder = new ProcessBuilder(List.of("script", "-q", "-e", "-c", inside, "/dev/null"))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_"));
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().putAll(environment);
        PtyConsole console = new PtyConsole(builder.start());
        console.await(PROMPT);
        return console;
    }

    /** Types text as keys: "\r" is Enter, {@link #CTRL_C}, {@link #TAB} and so on are keys too. */
    PtyConsole type(String keys) throws IOException {
        this.keys.write(keys.getBytes(StandardCharsets.UTF_8));
        this.keys.flush();
        return this;
    }

    /** Types a command line and Enter, then waits for the prompt after it: its output is {@link #since(int)}. */
    int run(String line) throws IOException, InterruptedException {
        int mark = mark();
        type(line + "\r");
        await(PROMPT, mark + 1);
        return mark;
    }

    /** How much has been seen so far, to wait for or read what comes after it. */
    int mark() {
        synchronized (seen) {
            return seen.size();
        }
    }

    /** Waits until {@code text} appears anywhere in what was seen (escapes removed). */
    String await(String text) throws InterruptedException {
        return await(text, 0);
    }

    /** Waits until {@code text} appears after the mark; returns everything seen after the mark, escapes removed. */
    String await(String text, int mark) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        synchronized (seen) {
            while (true) {
                String after = since(mark);
                if (after.contains(text)) {
                    return after;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError("the console did not show '" + text + "'; it showed:\n" + after);
                }
                seen.wait(Math.min(left, 200));
            }
        }
    }

    /** What was seen after the mark, escape sequences and carriage returns removed. */
    String since(int mark) {
        synchronized (seen) {
            byte[] all = seen.toByteArray();
            String raw = new String(all, Math.min(mark, all.length), all.length - Math.min(mark, all.length), StandardCharsets.UTF_8);
            return ESCAPES.matcher(raw).replaceAll("").replace("\r", "");
        }
    }

    /** Everything seen, escapes removed. */
    String text() {
        return since(0);
    }

    /** Waits for the console to end (after exit or Ctrl-D); its exit status. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the console did not end; it showed:\n" + text());
        }
        reader.join(PATIENCE.toMillis());
        return process.exitValue();
    }

    /** SIGKILLs the atlas and script(1): no shutdown hook, no clean-up, as a crash or kill -9 leaves things. */
    void kill() throws InterruptedException {
        java.util.List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle p : all) {
            p.destroyForcibly();
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone, or going: close() looks again
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        // the atlas JVM under script(1) must be gone too: the next console needs its storage lock
        java.util.List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }
}
