package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real headless Chromium that loads a page from a file and prints the DOM after its scripts ran. */
final class Chromium {

    private static final long TIMEOUT_SECONDS = 60;

    private Chromium() {
    }

    /** The DOM of {@code page} opened at {@code #hash}, as Chromium serialises it. */
    static String dumpDom(Path page, String hash, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = work.resolve("dom-" + System.nanoTime() + ".html");
        Path err = work.resolve("err-" + System.nanoTime() + ".txt");
        List<String> command = List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                page.toUri() + (hash.isEmpty() ? "" : "#" + hash));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s; stderr: " + Files.readString(err));
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || dom.isBlank()) {
            fail("Chromium exited with " + process.exitValue() + " and printed no DOM; stderr: " + Files.readString(err));
        }
        return dom;
    }

    /** $CHROMIUM, else chromium (Debian) or chromium-browser or google-chrome on the PATH. */
    private static String binary() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Optional<String> found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
        return found.orElseGet(() -> fail("the HTML page tests need a headless Chromium: install Debian's chromium"
                + " (apt-get install chromium) or set CHROMIUM to a Chromium or Chrome binary"));
    }
}
