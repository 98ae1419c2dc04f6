package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files on the command line, as a user meets them: {@code bin/atlas -c "atlas:validate ..."}
 * and {@code "atlas:install ..."} end with a non-zero status and one sentence on stderr, never a
 * stack trace. And the guide's own example (docs/datasets.md) validates and installs with the
 * very lines the guide prints, so the guide cannot drift from the product unnoticed.
 */
class BadInputE2EIT {

    @TempDir
    static Path folder;

    private static AtlasCommandLine atlas;

    @BeforeAll
    static void copyDistribution() throws Exception {
        atlas = AtlasCommandLine.copyTo(folder);
    }

    @Test
    void validatingABrokenFileIsOneLineOnStderr() throws Exception {
        for (String name : List.of("unknown-category", "invalid-utf8")) {
            Path file = TestData.CORPUS.resolve(name + ".json");
            AtlasCommandLine.Run run = atlas.run("-c", "atlas:validate " + file);
            assertOneSentence(run, "atlas:validate " + name + ".json");
            String expected = Files.readString(TestData.CORPUS.resolve(name + ".expected")).strip();
            assertTrue(run.out().contains(expected), "atlas:validate does not list «" + expected + "»: " + run.out());
        }
    }

    @Test
    void installingABrokenFileIsOneLineOnStderrAndPrintsNothingElse() throws Exception {
        for (String name : List.of("truncated", "unknown-category")) {
            Path file = TestData.CORPUS.resolve(name + ".json");
            AtlasCommandLine.Run run = atlas.run("-c", "atlas:install " + file);
            assertOneSentence(run, "atlas:install " + name + ".json");
            String expected = Files.readString(TestData.CORPUS.resolve(name + ".expected")).strip();
            assertTrue(run.err().contains(expected), run.err());
            assertEquals("", run.out());
        }
        AtlasCommandLine.Run missing = atlas.run("-c", "atlas:install " + folder.resolve("no-such-region.json"));
        assertOneSentence(missing, "atlas:install of a missing file");
        assertTrue(missing.err().contains("no-such-region.json"), missing.err());
    }

    @Test
    void theGuidesExampleValidatesAndInstallsAsTheGuideSays() throws Exception {
        AtlasCommandLine guide = AtlasCommandLine.copyTo(folder.resolve("guide"));
        Path home = guide.home();
        Files.writeString(home.resolve("my-region.json"), guideExample(), StandardCharsets.UTF_8);

        AtlasCommandLine.Run validate = guide.runIn(home, "-c", "atlas:validate my-region.json");
        assertEquals(0, validate.status(), validate.err());
        assertEquals(List.of("my-region.json: 0 errors, 0 warnings — valid (dataset my-region-2024 1.0.0, 2 entries)"),
                validate.out().lines().toList());

        AtlasCommandLine.Run install = guide.runIn(home, "-c", "atlas:install my-region.json; atlas:datasets");
        assertEquals(0, install.status(), install.err() + guide.log());
        assertEquals("+ dataset my-region-2024 1.0.0: 2 entries in 2 layers", install.out().lines().findFirst().orElse(""));
        assertTrue(install.out().contains("my-region-2024"), install.out());

        AtlasCommandLine.Run use = guide.runIn(home, "-c", "atlas:show demo-chain --json");
        assertEquals(0, use.status(), use.err());
        assertTrue(use.out().contains("\"qualifiedId\": \"my-region-2024/demo-chain\""), use.out());

        AtlasCommandLine.Run pack = guide.runIn(home, "-c", "atlas:pack my-region.json my-region.jar");
        assertEquals(0, pack.status(), pack.err());
        assertEquals("chainatlas.dataset.my-region-2024", TestData.header(home.resolve("my-region.jar"), "Bundle-SymbolicName"));
    }

    /** The guide's sample error, produced from the guide's example with the category it shows misspelt. */
    @Test
    void theGuidesSampleErrorIsWhatValidatePrints() throws Exception {
        Path home = atlas.home();
        String example = guideExample();
        String wrong = example.replaceFirst("\"openness\": \"open-source\"", "\"openness\": \"open\"");
        assertNotEquals(example, wrong);
        Files.writeString(home.resolve("my-region.json"), wrong, StandardCharsets.UTF_8);
        Matcher sample = Pattern.compile("(?m)^my-region\\.json:\\d+:\\d+: .*$").matcher(guide());
        assertTrue(sample.find(), "the guide shows no sample error");

        AtlasCommandLine.Run run = atlas.runIn(home, "-c", "atlas:validate my-region.json");
        assertNotEquals(0, run.status());
        assertEquals(sample.group(), run.out().lines().findFirst().orElse(""));
    }

    private static void assertOneSentence(AtlasCommandLine.Run run, String what) {
        assertNotEquals(0, run.status(), what + " succeeded");
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), what + " printed " + lines.size() + " lines on stderr:\n" + run.err());
        for (String trace : List.of("\tat ", "Exception", "at org.", "at java.")) {
            assertFalse(run.err().contains(trace) || run.out().contains(trace), what + " printed a stack trace:\n"
                    + run.out() + run.err());
        }
    }

    private static String guide() throws Exception {
        return Files.readString(TestData.GUIDE, StandardCharsets.UTF_8);
    }

    /** The first JSON block of docs/datasets.md, as a user copies it. */
    private static String guideExample() throws Exception {
        Matcher block = Pattern.compile("(?s)```json\\n(.*?)```").matcher(guide());
        assertTrue(block.find(), "docs/datasets.md has no ```json block");
        return block.group(1);
    }
}
