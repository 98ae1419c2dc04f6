package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The real Felix framework in this JVM, with the bundles of the built distribution
 * (target/chain-atlas/bundle) and its conf/, but its cache and deploy folder in a temporary
 * folder. It boots through the launcher's own code and runs command lines the way
 * {@code bin/atlas -c} does, capturing what the user would see.
 *
 * <p>No bundle is on the test class path (pitfall 9): the tests see the atlas only through Gogo
 * command lines and their JSON.
 */
final class OsgiHarness implements AutoCloseable {

    static final Path DISTRIBUTION = Path.of(System.getProperty("chainatlas.distribution", "target/chain-atlas"))
            .toAbsolutePath().normalize();

    /** How long {@link #await} polls before it gives up: a guard against hanging, not an assertion. */
    static final Duration AWAIT = Duration.ofSeconds(30);

    private final Launcher launcher;

    private OsgiHarness(Launcher launcher) {
        this.launcher = launcher;
    }

    /** Starts the built distribution afresh, its cache and deploy folder in the given folder. */
    static OsgiHarness start(Path folder) throws LaunchException, IOException {
        return start(DISTRIBUTION, folder, true);
    }

    /**
     * Starts the framework at the level without console, and waits until the atlas is ready.
     *
     * @param clean false to start from the cache a previous start in the same folder left
     */
    static OsgiHarness start(Path home, Path folder, boolean clean) throws LaunchException, IOException {
        Files.createDirectories(folder.resolve("deploy"));
        Configuration configuration = Configuration.load(new Home(home))
                .with(Constants.FRAMEWORK_STORAGE, folder.resolve("cache").toString())
                .with("felix.fileinstall.dir", folder.resolve("deploy").toString());
        OsgiHarness harness = new OsgiHarness(Launcher.start(new Home(home), configuration, clean));
        harness.run("atlas:layers"); // waits for the Atlas service and the commands
        return harness;
    }

    /** What a command line printed and how it ended. */
    record Result(int status, String out, String err) {
    }

    Result run(String line) throws LaunchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(), utf8(out), utf8(err));
        int status = launcher.execute(line, console);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs one command with literal arguments, as {@code bin/atlas COMMAND ARG...} does. */
    Result literal(String... words) throws LaunchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(), utf8(out), utf8(err));
        int status = launcher.executeLiteral(List.of(words), console);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a line that must succeed and print JSON. */
    JsonElement json(String line) throws LaunchException {
        Result result = run(line);
        assertEquals(0, result.status(), line + " failed: " + result.err());
        return JsonParser.parseString(result.out());
    }

    /** Runs a line that must succeed; its standard output. */
    String out(String line) throws LaunchException {
        Result result = run(line);
        assertEquals(0, result.status(), line + " failed: " + result.err());
        return result.out();
    }

    /** Runs a line that must fail with one line on stderr; that line. */
    String fails(String line) throws LaunchException {
        Result result = run(line);
        assertNotEquals(0, result.status(), line + " did not fail; it printed: " + result.out());
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), line + " did not print one line on stderr: " + result.err());
        return lines.get(0);
    }

    /**
     * Polls a command line until its (successful) output satisfies the condition, e.g. until a
     * file dropped into deploy/ shows up; fails with the last output after the timeout. No time is
     * asserted: the timeout only keeps a broken product from hanging the build.
     */
    String await(String line, Predicate<String> condition, String what) throws LaunchException, InterruptedException {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            Result result = run(line);
            last = result.status() + " " + result.out() + result.err();
            if (result.status() == 0 && condition.test(result.out())) {
                return result.out();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + AWAIT.toSeconds() + " s: " + what + "; " + line + " last printed: " + last);
    }

    /** The command lines whose output is everything a user can see of the map. */
    static final List<String> STATE = List.of("atlas:stats --json", "atlas:datasets --json", "atlas:list --json",
            "atlas:layers --json");

    /** The map as a user sees it ({@link #STATE}), to compare byte for byte before and after a change. */
    String state() throws LaunchException {
        StringBuilder state = new StringBuilder();
        for (String line : STATE) {
            state.append("$ ").append(line).append('\n').append(out(line)).append('\n');
        }
        return state.toString();
    }

    /** The framework's context, for tests that drive bundles directly. */
    BundleContext context() {
        return launcher.context();
    }

    /**
     * A Gogo session of its own that lives across command lines, as one console does: for tests
     * where several users work at once. Not thread-safe: one thread per session.
     */
    Session session() throws LaunchException {
        return new Session(launcher.context());
    }

    static final class Session implements AutoCloseable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final PrintStream outStream = utf8(out);
        private final PrintStream errStream = utf8(err);
        private final GogoSession session;

        private Session(BundleContext context) throws LaunchException {
            this.session = GogoSession.open(context, InputStream.nullInputStream(), outStream, errStream);
        }

        Result run(String line) {
            out.reset();
            err.reset();
            int status = 0;
            try {
                Object result = session.execute(line);
                if (result != null) {
                    outStream.println(session.format(result));
                }
            } catch (GogoSession.CommandFailure e) {
                errStream.println(Failures.describe(e.getCause()));
                status = 1;
            }
            outStream.flush();
            errStream.flush();
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        /** What the session printed since its last command line ran, e.g. the lines atlas:watch adds meanwhile. */
        String printed() {
            outStream.flush();
            return out.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /** Every installed bundle, one line each: id, symbolic name, version, state and last change. */
    String bundles() {
        StringBuilder all = new StringBuilder();
        for (Bundle b : launcher.context().getBundles()) {
            all.append(b.getBundleId()).append(' ').append(b.getSymbolicName()).append(' ').append(b.getVersion())
                    .append(' ').append(b.getState()).append(' ').append(b.getLastModified()).append('\n');
        }
        return all.toString();
    }

    Bundle bundle(String symbolicName) {
        return find(symbolicName).orElseThrow(() -> new AssertionError("no bundle " + symbolicName + " is installed"));
    }

    Optional<Bundle> find(String symbolicName) {
        return Arrays.stream(launcher.context().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }

    /** Installs and starts a jar as a user would at run time (not from bundle/). */
    Bundle install(Path jar) throws IOException, BundleException {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = launcher.context().installBundle(jar.toUri().toString(), in);
        }
        bundle.start();
        assertTrue(bundle.getState() == Bundle.ACTIVE, jar + " did not start");
        return bundle;
    }

    /** Installs and starts the distribution's jar of this bundle, as a user would at run time. */
    Bundle installFromDistribution(String symbolicName) throws IOException, BundleException {
        try (var jars = Files.list(DISTRIBUTION.resolve("bundle"))) {
            Path jar = jars.filter(p -> p.getFileName().toString().startsWith(symbolicName + "-"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no jar of " + symbolicName + " in bundle/"));
            return install(jar);
        }
    }

    @Override
    public void close() {
        launcher.close();
    }

    private static PrintStream utf8(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
