package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's corpus of broken datasets, fed to a running atlas with atlas:install and through
 * deploy/: every file
 * is refused in one line holding the sentence its NAME.expected gives, and the atlas a user sees
 * is byte for byte what it was. One framework for the whole corpus; every file that fails the
 * check is reported, not just the first.
 */
class CorpusIT {

    @TempDir
    Path folder;

    @Test
    void everyBrokenDatasetIsRefusedInOneLineAndChangesNothing() throws Exception {
        List<Path> files = corpus();
        assertTrue(files.size() >= 40, "the corpus at " + TestData.CORPUS + " has " + files.size() + " files");

        List<String> failures = new ArrayList<>();
        try (OsgiHarness atlas = OsgiHarness.start(folder)) {
            String before = atlas.state();
            for (Path file : files) {
                String name = file.getFileName().toString();
                String expected = expected(file);
                OsgiHarness.Result result = atlas.run("atlas:install " + file);
                List<String> err = result.err().lines().toList();
                if (result.status() == 0) {
                    failures.add(name + ": installed (status 0): " + result.out().strip());
                } else if (err.size() != 1) {
                    failures.add(name + ": " + err.size() + " lines on stderr: " + result.err());
                } else if (!err.get(0).contains(expected)) {
                    failures.add(name + ": «" + err.get(0) + "» does not contain «" + expected + "»");
                }
                String after = atlas.state();
                if (!before.equals(after)) {
                    failures.add(name + ": the atlas changed");
                    before = after;
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " corpus files failed:\n"
                + String.join("\n", failures));
    }

    /**
     * The same corpus dropped into deploy/, one file at a time: each is refused, atlas:datasets
     * shows its sentence while the file is there, and once it is removed the atlas is what it was.
     */
    @Test
    void everyBrokenDatasetDroppedIntoDeployIsShownRefusedAndForgotten() throws Exception {
        List<Path> files = corpus();
        List<String> failures = new ArrayList<>();
        Path framework = folder.resolve("framework");
        try (OsgiHarness atlas = OsgiHarness.start(framework)) {
            String before = atlas.state();
            for (Path file : files) {
                String name = file.getFileName().toString();
                String expected = expected(file);
                Path dropped = framework.resolve("deploy").resolve(name);
                Files.copy(file, folder.resolve("staged"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(folder.resolve("staged"), dropped, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                String shown = atlas.await("atlas:datasets", out -> out.contains(name), name + " is shown refused");
                if (!shown.contains(expected)) {
                    failures.add(name + ": atlas:datasets does not show «" + expected + "»");
                }
                Files.delete(dropped);
                atlas.await("atlas:datasets", out -> !out.contains(name), name + " is forgotten once removed");
                String after = atlas.state();
                if (!before.equals(after)) {
                    failures.add(name + ": the atlas changed");
                    before = after;
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " corpus files failed in deploy/:\n"
                + String.join("\n", failures));
    }

    private static List<Path> corpus() throws java.io.IOException {
        try (Stream<Path> list = Files.list(TestData.CORPUS)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String expected(Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        return Files.readString(file.resolveSibling(name.replace(".json", ".expected")), StandardCharsets.UTF_8).strip();
    }
}
