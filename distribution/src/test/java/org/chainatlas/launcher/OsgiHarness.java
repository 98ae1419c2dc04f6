package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Arrays;
import java.util.Optional;
import org.osgi.framework.Bundle;
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

    /** Runs a line that must succeed and print JSON. */
    JsonElement json(String line) throws LaunchException {
        Result result = run(line);
        assertEquals(0, result.status(), line + " failed: " + result.err());
        return JsonParser.parseString(result.out());
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
