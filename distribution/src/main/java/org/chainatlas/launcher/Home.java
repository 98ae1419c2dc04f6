package org.chainatlas.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The installation: {@code bin/ lib/ bundle/ deploy/ conf/ data/ log/}. bin/atlas passes it as
 * the system property {@value #PROPERTY}; without it, it is the parent of the launcher's lib/.
 */
record Home(Path root) {

    static final String PROPERTY = "chainatlas.home";

    static Home locate() throws LaunchException {
        String property = System.getProperty(PROPERTY);
        Path root = property != null && !property.isBlank() ? Path.of(property) : fromLauncherJar();
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(Configuration.FILE))) {
            throw new LaunchException("no ChainAtlas installation at " + root + ": "
                    + Configuration.FILE + " is missing");
        }
        return new Home(root);
    }

    private static Path fromLauncherJar() throws LaunchException {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            // no cause: the log is not open yet, and the message says all there is to say
            throw new LaunchException("cannot tell where ChainAtlas is installed; run it with bin/atlas");
        }
    }

    Path bundles() {
        return root.resolve("bundle");
    }

    Path log() {
        return root.resolve("log").resolve("chainatlas.log");
    }
}
