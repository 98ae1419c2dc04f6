package org.chainatlas.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainatlas.api.AtlasException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What atlas:import --out and --write-mapping may do to the file a user names, and what they leave when they fail. */
class ImportOutputTest {

    @TempDir
    Path folder;

    private ImportRun importing(String out) throws Exception {
        ImportRun run = new ImportRun(folder);
        return run.option("--mapping", run.file("map.json", ImportCommandTest.MAPPING)).option("--out", out);
    }

    private String refusal(ImportRun run) throws Exception {
        String yml = run.path("landscape.yml");
        if (!Files.exists(Path.of(yml))) {
            run.file("landscape.yml", ImportCommandTest.LEGACY);
        }
        return assertThrows(AtlasException.class, () -> run.run(yml)).getMessage();
    }

    private List<String> names() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderIsNeverReplacedWithOrWithoutForce() throws Exception {
        Path dir = Files.createDirectory(folder.resolve("out.json"));
        Files.writeString(dir.resolve("inside.txt"), "kept");
        String expected = dir + " is not a regular file (a link, folder, FIFO or device), which atlas:import never replaces;"
                + " give the name of a file to write";
        assertEquals(expected, refusal(importing(dir.toString())));
        assertEquals(expected, refusal(importing(dir.toString()).option("--force", "")));
        assertEquals("kept", Files.readString(dir.resolve("inside.txt")));
    }

    @Test
    void aLinkIsNeverFollowedNorReplaced() throws Exception {
        Path precious = Files.writeString(folder.resolve("precious.json"), "keep");
        Path link = Files.createSymbolicLink(folder.resolve("out.json"), precious);
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.json"), folder.resolve("elsewhere.json"));
        for (Path target : List.of(link, dangling)) {
            assertTrue(refusal(importing(target.toString())).endsWith("is not a regular file (a link, folder, FIFO or device),"
                    + " which atlas:import never replaces; give the name of a file to write"));
            assertTrue(refusal(importing(target.toString()).option("--force", "")).contains("is not a regular file"));
        }
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(precious));
        assertTrue(Files.notExists(folder.resolve("elsewhere.json")), "a dangling link is not written through");
        ImportRun template = new ImportRun(folder).option("--write-mapping", link.toString());
        assertTrue(refusal(template).contains("is not a regular file"));
        assertEquals("keep", Files.readString(precious));
    }

    @Test
    void aRegularFileIsReplacedWholeWithForce() throws Exception {
        Path out = Files.writeString(folder.resolve("out.json"), "old");
        assertEquals(out + " already exists; give --force to replace it", refusal(importing(out.toString())));
        assertEquals("old", Files.readString(out));
        ImportRun forced = importing(out.toString()).option("--force", "");
        forced.run(forced.path("landscape.yml"));
        assertEquals(3, forced.written().entries().size());
        assertEquals(List.of("landscape.yml", "map.json", "out.json"), names(), "no temporary file is left behind");
    }

    /**
     * A write that fails leaves the old file as it was. The failure here is real: the name is
     * long enough that the file can be named, but not the temporary one beside it (255 bytes).
     */
    @Test
    void aWriteThatFailsLeavesTheOldFileIntact() throws Exception {
        Path out = Files.writeString(folder.resolve("o".repeat(245) + ".json"), "old");
        ImportRun forced = importing(out.toString()).option("--force", "");
        assertEquals("cannot write " + out + " (File name too long); " + out + " is unchanged", refusal(forced));
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("landscape.yml", "map.json", out.getFileName().toString()), names(), "no temporary file is left behind");
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        Path out = folder.resolve("no-such-folder/out.json");
        assertEquals("cannot write " + out + " (there is no folder " + out.getParent() + "); nothing was written",
                refusal(importing(out.toString())));
    }
}
