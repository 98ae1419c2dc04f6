package org.chainatlas.registry.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;

/**
 * One piece of work handed to the common pool while the caller does another, then joined: for
 * the big, independent halves of checking and indexing a large dataset, which would otherwise
 * leave the second core idle. Whoever gets to the work first runs it, so a busy pool never makes
 * the caller wait for a thread; it only loses the overlap.
 */
public final class Forked<T> {
    private final FutureTask<T> task;

    private Forked(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on the common pool. */
    public static <T> Forked<T> start(Callable<T> work) {
        Forked<T> forked = new Forked<>(new FutureTask<>(work));
        ForkJoinPool.commonPool().execute(forked.task);
        return forked;
    }

    /** Runs {@code work} at once in the caller, where overlapping it is not worth a hand-over. */
    public static <T> Forked<T> inline(Callable<T> work) {
        Forked<T> forked = new Forked<>(new FutureTask<>(work));
        forked.task.run();
        return forked;
    }

    /**
     * The work's result, running it here if no pool thread has taken it yet; what it threw is
     * thrown here. Not interruptible: the work is bounded, and its caller needs the result whole.
     */
    public T join() {
        task.run(); // does nothing if the work has started elsewhere (or is done)
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(cause);
    }
}
