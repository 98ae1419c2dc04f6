package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @TempDir
    Path home;

    @Test
    void pathsAreResolvedAgainstTheHome() throws Exception {
        Configuration configuration = load("org.osgi.framework.storage=${chainatlas.home}/data/cache\n");
        assertEquals(home.toAbsolutePath().normalize() + "/data/cache",
                configuration.get("org.osgi.framework.storage", null));
    }

    @Test
    void aSystemPropertyOverridesTheFileForOneRun() throws Exception {
        String key = "chainatlas.test.override";
        System.setProperty(key, "en");
        try {
            assertEquals("en", load(key + "=zh\n").get(key, null));
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void referencesNestAndRepeatAndWhatNamesNothingStaysText() throws Exception {
        Configuration c = Configuration.of(Map.of("root", "/r", "data", "${root}/data", "both", "${data}:${root}",
                "empty", "${}${root}", "open", "${root} costs ${ 5"));
        assertEquals("/r/data:/r", c.get("both", null));
        assertEquals("${}/r", c.get("empty", null));
        assertEquals("/r costs ${ 5", c.get("open", null));
    }

    @Test
    void anUndefinedReferenceIsNamed() {
        LaunchException e = assertThrows(LaunchException.class, () -> load("a=${nowhere.defined}/x\n"));
        assertTrue(e.getMessage().contains("a refers to ${nowhere.defined}"), e.getMessage());
        assertThrows(LaunchException.class, () -> Configuration.of(Map.of("a", "${a}")));
    }

    @Test
    void startLevelsGoByTheLongestSymbolicNamePrefix() throws Exception {
        StartLevels levels = load("""
                chainatlas.startlevel.org.chainatlas=2
                chainatlas.startlevel.org.apache.felix.gogo.jline=3
                chainatlas.startlevel.org.jline=3
                org.osgi.framework.startlevel.beginning=2
                chainatlas.console.startlevel=3
                """).startLevels();
        assertEquals(2, levels.of("org.chainatlas.registry"));
        assertEquals(3, levels.of("org.apache.felix.gogo.jline"));
        assertEquals(1, levels.of("org.apache.felix.gogo.runtime"));
        assertEquals(3, levels.of("org.jline"));
        assertEquals(1, levels.of("org.jlinex"));
        assertEquals(2, levels.beginning());
        assertEquals(3, levels.console());
    }

    @Test
    void aLevelThatIsNoNumberIsReported() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> load("chainatlas.startlevel.org.chainatlas=two\n").startLevels());
        assertTrue(e.getMessage().contains("must be a whole number, not 'two'"), e.getMessage());
    }

    private Configuration load(String properties) throws IOException, LaunchException {
        Path file = home.resolve(Configuration.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return Configuration.load(new Home(home.toAbsolutePath().normalize()));
    }
}
