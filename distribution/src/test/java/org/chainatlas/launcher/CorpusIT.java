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
 * The registry's corpus of broken datasets, fed to a running atlas with atlas:install: every file
 * is refused in one line holding the sentence its NAME.expected gives, and the atlas a user sees
 * is byte for byte what it was. One framework for the whole corpus; every file that fails the
 * check is reported, not just the first.
 */
class CorpusIT {

    @TempDir
    Path folder;

    @Test
    void everyBrokenDatasetIsRefusedInOneLineAndChangesNothing() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(TestData.CORPUS)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 40, "the corpus at " + TestData.CORPUS + " has " + files.size() + " files");

        List<String> failures = new ArrayList<>();
        try (OsgiHarness atlas = OsgiHarness.start(folder)) {
            String before = atlas.state();
            for (Path file : files) {
                String name = file.getFileName().toString();
                String expected = Files.readString(file.resolveSibling(name.replace(".json", ".expected")),
                        StandardCharsets.UTF_8).strip();
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
}
