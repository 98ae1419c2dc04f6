package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/atlas -c ...} as a user runs it, in a private copy of the distribution, under LANG=C. */
class CommandLineE2EIT {

    @TempDir
    static Path folder;

    private static AtlasCommandLine atlas;

    @BeforeAll
    static void copyDistribution() throws Exception {
        atlas = AtlasCommandLine.copyTo(folder);
    }

    @Test
    void statsGiveTheSeedsFiguresAsJsonAndAsATable() throws Exception {
        AtlasCommandLine.Run json = succeeds("-c", "atlas:stats --json");
        assertEquals(35, JsonParser.parseString(json.out()).getAsJsonObject().get("named").getAsInt());

        AtlasCommandLine.Run both = succeeds("-c", "atlas:stats; atlas:list --layer base --lang zh");
        assertTrue(both.out().contains("265"), both.out());
        assertTrue(both.out().contains("蚂蚁链"), both.out());
    }

    @Test
    void searchFindsEntriesByChineseNameByNameAndByOrganisation() throws Exception {
        assertFinds("atlas:search 蚂蚁", "ant-chain");
        assertFinds("atlas:search fisco", "fisco-bcos");
        assertFinds("atlas:search tencent", "trustsql");
    }

    @Test
    void aListPageSaysHowToSeeTheRestAndJsonStillGetsEverything() throws Exception {
        AtlasCommandLine.Run page = succeeds("-c", "atlas:list --layer base --limit 2");
        List<String> lines = page.out().lines().toList();
        assertEquals("only the first 2 are shown and there are more; to see all: atlas:list --all --layer base,"
                + " or narrow it with --category, --place or --dataset", lines.get(lines.size() - 1), page.out());
        assertEquals("2 entries", lines.get(lines.size() - 2));
        AtlasCommandLine.Run json = succeeds("-c", "atlas:list --layer base --json");
        assertEquals(7, JsonParser.parseString(json.out()).getAsJsonArray().size(), "the seed names 7 base-layer entries");
    }

    @Test
    void anUnknownLayerIsOneLineOnStderrNamingTheValidOnes() throws Exception {
        AtlasCommandLine.Run run = atlas.run("-c", "atlas:list --layer midle");
        assertNotEquals(0, run.status());
        assertEquals(List.of("no layer 'midle'; did you mean middle? layers: base, middle, application, service"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    /** Unprefixed, install and uninstall are the atlas's (JSON, a dataset id or a bundle id), in scripts as in the console. */
    @Test
    void unprefixedInstallAndUninstallAreTheAtlasOwn() throws Exception {
        String installed = succeeds("-c", "install --json " + TestData.EXAMPLE_JSON).out();
        assertTrue(installed.strip().startsWith("[") && installed.contains("example-illustrative"), installed);
        String bundles = succeeds("-c", "lb -s " + TestData.EXAMPLE_PACKED_NAME).out();
        String id = bundles.lines().filter(l -> l.contains(TestData.EXAMPLE_PACKED_NAME)).findFirst().orElseThrow()
                .split("\\|")[0].strip();
        String removed = succeeds("uninstall", id).out();
        assertTrue(removed.startsWith("- dataset example-illustrative 1.0.0"), removed);
    }

    @Test
    void anUnknownCommandIsOneLineOnStderr() throws Exception {
        AtlasCommandLine.Run run = atlas.run("-c", "atlas:xyzzyqw");
        assertNotEquals(0, run.status());
        assertEquals(List.of("no command 'atlas:xyzzyqw' (help lists the commands)"), run.err().lines().toList());
        AtlasCommandLine.Run typo = atlas.run("atlas:lsit", "--json");
        assertNotEquals(0, typo.status());
        assertEquals(List.of("no command 'atlas:lsit'; did you mean atlas:list? (help lists the commands)"),
                typo.err().lines().toList());
    }

    @Test
    void theOutputHoldsNothingButTheAnswer() throws Exception {
        AtlasCommandLine.Run run = succeeds("-c", "atlas:layers");
        for (String noise : List.of("DEBUG", "WARNING", "ERROR", "INFO", "SLF4J", "Exception", "gogo:")) {
            assertFalse(run.out().contains(noise), noise + " in: " + run.out());
        }
        assertEquals("", run.err());
    }

    @Test
    void theOutputIsUtf8EvenUnderLangC() throws Exception {
        String out = succeeds("-c", "atlas:layers").strictOut();
        assertTrue(out.contains("底层"), out);
    }

    @Test
    void aSymbolicLinkToTheScriptFindsTheInstallation() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("atlas-link"), atlas.home().resolve("bin/atlas"));
        AtlasCommandLine.Run run = atlas.runScript(link, "-c", "atlas:layers --json");
        assertEquals(0, run.status(), run.err());
        assertEquals(4, JsonParser.parseString(run.out()).getAsJsonArray().size());
    }

    @Test
    void javaIsFoundOnThePathThroughItsSymbolicLinks() throws Exception {
        // as on Debian: the PATH holds java -> /etc/alternatives/java -> the JDK's bin/java
        Path alternatives = Files.createDirectories(folder.resolve("alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), alternatives.resolve("java"));
        AtlasCommandLine.Run run = atlas.runWith(environment -> {
            environment.remove("JAVA_HOME");
            environment.put("PATH", bin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        }, "-c", "atlas:layers --json");
        assertEquals(0, run.status(), run.err());
        assertEquals(4, JsonParser.parseString(run.out()).getAsJsonArray().size());
    }

    @Test
    void withoutJavaTheScriptSaysWhatIsMissingInOneLine() throws Exception {
        Path nothing = Files.createDirectories(folder.resolve("no-java-here"));
        AtlasCommandLine.Run run = atlas.runWith(environment -> {
            environment.remove("JAVA_HOME");
            environment.put("PATH", nothing.toString());
        }, "-c", "atlas:layers");
        assertEquals(1, run.status());
        assertEquals(List.of("atlas: Java 17 or newer is needed, but there is no 'java' on the PATH (or set JAVA_HOME)."),
                run.err().lines().toList());
    }

    @Test
    void aCommandWithoutDashCTakesEachArgumentLiterallyWhateverAUserTyped() throws Exception {
        Path marker = atlas.home().resolve("evaluated");
        String hostile = "; ((\"x\" getClass) forName \"java.lang.Runtime\") getRuntime exec \"touch " + marker + "\"";
        AtlasCommandLine.Run run = succeeds("atlas:search", hostile, "--json");
        assertEquals("[]", run.out().strip(), "searched for the text as typed");
        assertFalse(Files.exists(marker), "a search term ran an OS command");
        assertEquals("[]", succeeds("atlas:search", "a$b", "--json").out().strip(), "'a$b' is searched for, not 'a'");
        assertEquals(1, JsonParser.parseString(succeeds("atlas:search", "Ant Chain", "--json").out())
                .getAsJsonArray().size(), "one argument with a space is one phrase");
        AtlasCommandLine.Run script = atlas.run("atlas:list;lb");
        assertEquals(1, script.status());
        assertEquals(List.of("'atlas:list;lb' is not a command name; give one such as atlas:search, then its arguments"
                + " (or use -c for a Gogo script)"), script.err().lines().toList());
        AtlasCommandLine.Run wrong = atlas.run("atlas:list", "--layer", "midle");
        assertEquals(1, wrong.status());
        assertEquals(List.of("no layer 'midle'; did you mean middle? layers: base, middle, application, service"), wrong.err().lines().toList());
    }

    @Test
    void helpAndUnknownOptions() throws Exception {
        AtlasCommandLine.Run help = succeeds("--help");
        assertTrue(help.out().startsWith("Usage: atlas [--clean] [COMMAND [ARG...] | -c SCRIPT...]"), help.out());

        AtlasCommandLine.Run wrong = atlas.run("--verbose");
        assertEquals(2, wrong.status());
        assertEquals(List.of("unknown option '--verbose'; see 'atlas --help'"), wrong.err().lines().toList());
    }

    @Test
    void aBundleInDeployIsThereAtTheNextRunAndGoneOnceRemoved() throws Exception {
        Path jar = atlas.home().resolve("deploy/layer.jar");
        Files.copy(TestData.LAYER_JAR, jar);
        assertTrue(succeeds("-c", "lb -s " + TestData.LAYER_JAR_NAME).out().contains(TestData.LAYER_JAR_NAME));

        Files.delete(jar);
        assertFalse(succeeds("-c", "lb -s " + TestData.LAYER_JAR_NAME).out().contains(TestData.LAYER_JAR_NAME));

        Path plain = atlas.home().resolve("deploy/plain.jar");
        BundleJars.empty(plain, "test.deployed");
        String shown = succeeds("-c", "atlas:datasets; lb -s test.deployed").out();
        assertTrue(shown.contains("'plain.jar' is not a layer or dataset bundle but a plain bundle; the atlas installs code"
                + " only when asked: set chainatlas.deploy.allowCode=true"), shown);
        assertFalse(shown.contains("|test.deployed"), "the plain bundle was installed: " + shown);
    }

    @Test
    void aSecondAtlasOnTheSameInstallationIsRefusedInOneLine() throws Exception {
        Path lockFile = atlas.home().resolve("data/cache.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            // a one-off command waits its turn (chainatlas.ready.timeout) for an atlas that is neither a console nor ending
            AtlasCommandLine.Run run = atlas.runWith(env -> env.put("JAVA_OPTS", "-Dchainatlas.ready.timeout=1"),
                    "-c", "atlas:layers");
            assertEquals(1, run.status());
            assertEquals(List.of("another atlas is running on this installation (data/cache is in use); close it first"),
                    run.err().lines().toList());
        }
        succeeds("-c", "atlas:layers");
    }

    @Test
    void cleanStartsFromTheDefaultsAndKeepsWorking() throws Exception {
        AtlasCommandLine.Run run = succeeds("--clean", "-c", "atlas:layers --json");
        assertEquals(4, JsonParser.parseString(run.out()).getAsJsonArray().size());
        assertTrue(Files.isDirectory(atlas.home().resolve("data/cache")));
    }

    private static void assertFinds(String line, String id) throws Exception {
        AtlasCommandLine.Run run = succeeds("-c", line);
        assertTrue(run.out().contains(id), line + " did not find " + id + ":\n" + run.out() + run.err() + atlas.log());
    }

    private static AtlasCommandLine.Run succeeds(String... args) throws Exception {
        AtlasCommandLine.Run run = atlas.run(args);
        assertEquals(0, run.status(), String.join(" ", args) + " failed: " + run.err() + atlas.log());
        return run;
    }
}
