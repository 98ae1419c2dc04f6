package org.chainatlas.registry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.chainatlas.api.AtlasException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the intake reads of a file before anything else, and what it refuses to read. */
class ArrivalTest {
    private static final long MIB = 1 << 20;
    private static final IntakeLimits SMALL = new IntakeLimits(MIB, 4 * MIB, 10);

    @TempDir
    Path folder;

    @Test
    void aDatasetFileArrivesWhole() throws IOException {
        Path json = Files.writeString(folder.resolve("d.json"), "{\"id\": \"x\"}");
        Arrival arrival = Arrival.read(json, SMALL);
        assertFalse(arrival.bundle());
        assertArrayEquals(Files.readAllBytes(json), arrival.json());
    }

    @Test
    void aBundleArrivesWithItsManifestItsDataAndWhetherItCarriesClasses() throws IOException {
        Path jar = jar(folder.resolve("b.jar"), "{\"layer\": 1}".getBytes(StandardCharsets.UTF_8), true);
        Arrival arrival = Arrival.read(jar, SMALL);
        assertTrue(arrival.bundle());
        assertEquals("test.bundle", arrival.symbolicName());
        assertTrue(arrival.classes());
        assertEquals("{\"layer\": 1}", new String(arrival.json(), StandardCharsets.UTF_8));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(5L << 30); // sparse: reading it would take minutes and all the memory
        }
        AtlasException e = assertThrows(AtlasException.class, () -> Arrival.read(huge, SMALL));
        assertEquals("'huge.json' is 5.0 GiB, more than the 1 MiB the atlas takes (setting chainatlas.intake.maxFileMiB);"
                + " nothing was installed", e.getMessage());
    }

    @Test
    void aBundleThatUnpacksToTooMuchIsRefused() throws IOException {
        byte[] spaces = new byte[(int) (3 * MIB)];
        java.util.Arrays.fill(spaces, (byte) ' ');
        Path bomb = jar(folder.resolve("bomb.jar"), spaces, false);
        AtlasException e = assertThrows(AtlasException.class, () -> Arrival.read(bomb, SMALL));
        assertTrue(e.getMessage().startsWith("'bomb.jar' unpacks to more than "), e.getMessage());
        assertTrue(e.getMessage().contains("at most 10 times its size and 4 MiB"), e.getMessage());
    }

    @Test
    void whatIsNotAFileOrNotADatasetIsRefusedInOneSentence() throws IOException {
        assertTrue(refusal(Files.createDirectories(folder.resolve("dir.json"))).endsWith("dir.json' is a folder; give the"
                + " path of a dataset .json file or a bundle .jar"));
        assertTrue(refusal(folder.resolve("missing.json")).startsWith("no file '"));
        assertTrue(refusal(Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/null")))
                .endsWith("zero.json' is not a regular file (a pipe, device or socket); give the path of a dataset .json"
                        + " file or a bundle .jar"));
        assertTrue(refusal(Files.writeString(folder.resolve("map.yml"), "a: 1")).startsWith("'map.yml' is a landscape file"));
        assertTrue(refusal(Files.writeString(folder.resolve("notes.txt"), "x")).startsWith("cannot install '"));
        assertEquals("'text.jar' is not a readable jar (zip END header not found); nothing was installed",
                refusal(Files.writeString(folder.resolve("text.jar"), "not a zip")));
    }

    @Test
    void aFileNameWithAControlCharacterNeverGoesFurther() throws IOException {
        Path odd = Files.writeString(folder.resolve("odd\nBundle-Activator: x.json"), "{}");
        assertTrue(refusal(odd).endsWith("odd?Bundle-Activator: x.json holds a line break or another control character;"
                + " rename the file and install it again"), refusal(odd));
    }

    private static String refusal(Path path) {
        return assertThrows(AtlasException.class, () -> Arrival.read(path, SMALL)).getMessage();
    }

    private static Path jar(Path jar, byte[] json, boolean withClass) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-SymbolicName", "test.bundle;singleton:=true");
        main.putValue("ChainAtlas-Layer", "layer.json");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("layer.json"));
            out.write(json);
            out.closeEntry();
            if (withClass) {
                out.putNextEntry(new JarEntry("x/Payload.class"));
                out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                out.closeEntry();
            }
        }
        return jar;
    }
}
