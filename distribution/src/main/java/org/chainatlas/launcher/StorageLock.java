package org.chainatlas.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One framework per bundle cache: a console and an {@code atlas -c} on the same installation
 * would write the same cache. Felix's own cache lock does not stop the second one (it ignores a
 * failed tryLock), so the launcher holds this lock, beside the cache rather than in it because
 * {@code --clean} deletes the cache's contents.
 */
final class StorageLock implements AutoCloseable {

    private final FileChannel channel;

    private StorageLock(FileChannel channel) {
        this.channel = channel;
    }

    /** @param name how to name the cache in the message, e.g. data/cache */
    static StorageLock acquire(Path storage, String name) throws LaunchException {
        Path file = storage.resolveSibling(storage.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new Busy("another atlas is running on this installation (" + name
                        + " is in use); close it first");
            }
            return new StorageLock(channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LaunchException("cannot lock " + name + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM (tests start frameworks in-process)
        }
    }

    /** Another atlas holds the lock: one that may end soon, or a console a command may attach to. */
    static final class Busy extends LaunchException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        closeQuietly(channel); // closing the channel releases the lock
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
