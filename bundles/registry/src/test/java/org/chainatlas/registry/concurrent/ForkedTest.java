package org.chainatlas.registry.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ForkedTest {

    @Test
    void givesTheWorksResultAndRethrowsWhatItThrew() {
        assertEquals(42, Forked.start(() -> 6 * 7).join());
        assertEquals("inline", Forked.inline(() -> "inline").join());
        IllegalArgumentException thrown = new IllegalArgumentException("bad entry");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> Forked.start(() -> {
                    throw thrown;
                }).join()));
    }

    /** With every pool thread busy the caller runs the work itself, instead of waiting for one. */
    @Test
    void aBusyPoolDoesNotMakeTheCallerWait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allBusy = new CountDownLatch(ForkJoinPool.getCommonPoolParallelism());
        List<java.util.concurrent.Future<?>> blockers = new ArrayList<>();
        for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
            blockers.add(ForkJoinPool.commonPool().submit(() -> {
                allBusy.countDown();
                release.await(30, TimeUnit.SECONDS);
                return null;
            }));
        }
        try {
            allBusy.await(30, TimeUnit.SECONDS);
            Thread caller = Thread.currentThread();
            assertSame(caller, Forked.start(Thread::currentThread).join());
        } finally {
            release.countDown();
        }
        for (java.util.concurrent.Future<?> blocker : blockers) {
            blocker.get(30, TimeUnit.SECONDS);
        }
    }
}
