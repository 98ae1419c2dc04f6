package org.chainatlas.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code atlas -c …} and {@code atlas COMMAND ARG…} while a console is open on the installation:
 * the command runs inside that console's atlas ({@link AttachServer}), and this process only
 * relays its output and exit status. It runs before anything else of the launcher loads, so it
 * keeps to the JDK's socket and stream classes: a command that attaches costs little more than
 * the JVM's own start.
 */
final class AttachClient {

    /** {@link #run}'s answer when no console took the command: the caller starts an atlas of its own. */
    static final int NOT_ATTACHED = -1;

    private AttachClient() {
    }

    /** Runs the command in the console's atlas, if one answers; its exit status, or {@link #NOT_ATTACHED}. */
    static int run(Path home, Options options, Console console) throws LaunchException {
        Path socket = AttachProtocol.socket(home);
        if (!Files.exists(socket)) {
            return NOT_ATTACHED;
        }
        SocketChannel channel = connect(socket);
        if (channel == null) {
            return NOT_ATTACHED; // left by a console that was killed: the atlas that starts now removes it
        }
        try (channel) {
            if (options.clean()) {
                throw new LaunchException("--clean cannot start again from the defaults while a console is open"
                        + " on this installation; close it (exit) first");
            }
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            AttachProtocol.Request.of(options, Path.of("").toAbsolutePath()).write(out);
            return relay(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))), console);
        } catch (IOException e) {
            throw new LaunchException("the console this command ran in stopped answering (" + e.getMessage()
                    + "); see log/chainatlas.log");
        }
    }

    private static SocketChannel connect(Path socket) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException | UnsupportedOperationException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // nothing was sent
            }
            return null;
        }
    }

    /**
     * Copies the frames to this process's stdout and stderr until the exit status arrives. A
     * console that closes before it sent anything (it was stopping) has run nothing: the command
     * then runs in an atlas of its own.
     */
    private static int relay(DataInputStream in, Console console) throws IOException {
        boolean answered = false;
        while (true) {
            int tag;
            try {
                tag = in.readByte();
            } catch (EOFException e) {
                if (!answered) {
                    return NOT_ATTACHED;
                }
                throw new IOException("it closed before the command ended", e);
            }
            answered = true;
            if (tag == AttachProtocol.EXIT) {
                console.out().flush();
                console.err().flush();
                return in.readInt();
            }
            PrintStream target = tag == AttachProtocol.ERR ? console.err() : console.out();
            byte[] bytes = new byte[AttachProtocol.frameLength(in)];
            in.readFully(bytes);
            target.write(bytes, 0, bytes.length);
        }
    }
}
