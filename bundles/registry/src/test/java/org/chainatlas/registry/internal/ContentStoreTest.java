package org.chainatlas.registry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainatlas.registry.internal.ContentStore.Served;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake's store: keyed by content, damage detected, nothing half-written, nothing kept that nobody needs. */
class ContentStoreTest {

    @TempDir
    Path root;

    @Test
    void aBundleIsKeptUnderItsDigestAndDamageMakesItUnknownNotWrong() throws IOException {
        ContentStore store = ContentStore.in(root, "s1");
        byte[] bundle = "bundle bytes".getBytes(StandardCharsets.UTF_8);
        String digest = store.putBundle(bundle);
        assertEquals(64, digest.length());
        assertArrayEquals(bundle, store.bundle(digest));
        Files.write(root.resolve("objects").resolve(digest + ".jar"), "bundle bytez".getBytes(StandardCharsets.UTF_8));
        assertNull(store.bundle(digest), "a damaged copy was handed out as if whole");
        store.close();
    }

    @Test
    void validatedFormsAreReadableAtOnceAndWrittenSoonUnderTheirStampOnly() throws IOException {
        ContentStore store = ContentStore.in(root, "s1");
        store.putValidated("abc", "value", () -> new byte[] {1, 2, 3});
        assertEquals("value", store.recent("abc"));
        assertArrayEquals(new byte[] {1, 2, 3}, store.validated("abc"));
        store.close();
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(root.resolve("validated/s1/abc.bin")));

        ContentStore later = ContentStore.in(root, "s2"); // another registry or api: its idea of "valid" may differ
        assertNull(later.validated("abc"));
        assertFalse(Files.exists(root.resolve("validated/s1")), "forms of an earlier stamp are kept");
        later.close();
    }

    @Test
    void theLastGoodVersionRoundTripsAndForgettingDropsTheBundleOnlyItNeeded() {
        ContentStore store = ContentStore.in(root, "s1");
        String shared = store.putBundle(new byte[] {7});
        store.putServed(new Served("a.dataset", "5-100", "dataset", "j1", "1.0", "chainatlas:dataset:a", shared, false));
        store.putServed(new Served("b.dataset", "6-100", "dataset", "j2", "2.0", "file:/b.jar", shared, true));
        store.putServed(new Served("c.layer", "7-100", "layer", "j3", "", null, null, true));

        Served a = store.served("a.dataset");
        assertEquals(new Served("a.dataset", "5-100", "dataset", "j1", "1.0", "chainatlas:dataset:a", shared, false), a);
        assertTrue(a.restorable());
        assertFalse(store.served("c.layer").restorable());
        assertEquals(3, store.allServed().size());

        store.forget("a.dataset");
        assertNull(store.served("a.dataset"));
        assertArrayEquals(new byte[] {7}, store.bundle(shared), "b.dataset still needs the bundle");
        store.forget("b.dataset");
        assertNull(store.bundle(shared));
        assertEquals(List.of("c.layer"), store.allServed().stream().map(Served::symbolicName).toList());
        store.close();
    }

    @Test
    void aNameThatIsNotASymbolicNameNeverBecomesAPath() {
        ContentStore store = ContentStore.in(root, "s1");
        assertThrowsIllegal(() -> store.putServed(new Served("../../escape", "1-1", "dataset", "j", "", null, null, true)));
        store.close();
    }

    private static void assertThrowsIllegal(Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
    }
}
