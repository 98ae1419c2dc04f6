package org.chainatlas.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import jdk.net.ExtendedSocketOptions;

/**
 * While a console is open, {@code atlas -c …} and {@code atlas COMMAND ARG…} from other terminals
 * run in its atlas ({@link AttachClient}): the console holds the bundle cache, so they could not
 * start their own. The channel is a Unix-domain socket in the installation's data/ (never a TCP
 * port), readable and writable by its owner only, and a peer of another user is turned away even
 * in the moment between creating the socket and narrowing its mode. Each command gets a Gogo
 * session and a thread of its own, so scripts can run several at once.
 */
final class AttachServer implements AutoCloseable {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final ServerSocketChannel channel;
    private final Path socket;
    private final UserPrincipal owner;
    private final Launcher launcher;
    private final AtomicInteger served = new AtomicInteger();

    private AttachServer(ServerSocketChannel channel, Path socket, UserPrincipal owner, Launcher launcher) {
        this.channel = channel;
        this.socket = socket;
        this.owner = owner;
        this.launcher = launcher;
    }

    /**
     * Opens the socket and serves it on a thread of its own. Where it cannot (a folder others may
     * write to, a path too long for a socket, a system without Unix-domain sockets) the console
     * still opens, and the log says why other terminals cannot attach.
     */
    static AttachServer open(Home home, Launcher launcher) {
        Path socket = AttachProtocol.socket(home.root());
        ServerSocketChannel channel = null;
        try {
            refuseSharedFolder(socket.getParent());
            // Left by a console that was killed: this process holds the storage lock, so it is nobody's.
            Files.deleteIfExists(socket);
            // Bound under a name of its own and renamed once private: at data/console.sock it is never
            // anything but mode 600 (a socket keeps working under its new name).
            Path bound = socket.resolveSibling(socket.getFileName() + "." + ProcessHandle.current().pid());
            Files.deleteIfExists(bound);
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(bound));
            Files.setPosixFilePermissions(bound, OWNER_ONLY);
            Files.move(bound, socket, StandardCopyOption.ATOMIC_MOVE);
            AttachServer server = new AttachServer(channel, socket, Files.getOwner(socket), launcher);
            Thread acceptor = new Thread(server::accept, "chainatlas-attach");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            log().log(Level.WARNING, "other terminals cannot attach to this console: " + e.getMessage(), e);
            return new AttachServer(null, socket, null, launcher);
        }
    }

    /** A socket where another user may replace it is no private channel. */
    private static void refuseSharedFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(folder + " may be written by other users (mode "
                    + PosixFilePermissions.toString(mode) + "); chmod go-w it");
        }
    }

    /** {@code atlas -c …} with no console left removes a socket a killed console left behind. */
    static void removeStale(Home home) {
        try {
            Files.deleteIfExists(AttachProtocol.socket(home.root()));
        } catch (IOException e) {
            // the next command tries to connect, fails at once, and starts its own atlas as this one did
        }
    }

    private void accept() {
        while (true) {
            SocketChannel client;
            try {
                client = channel.accept();
            } catch (ClosedChannelException e) {
                return; // the console is closing
            } catch (IOException e) {
                log().log(Level.WARNING, "other terminals can no longer attach to this console", e);
                return;
            }
            if (!sameUser(client)) {
                closeQuietly(client);
                continue;
            }
            Thread thread = new Thread(() -> serve(client), "chainatlas-attached-" + served.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The peer runs as the user who opened the console; where the system cannot tell, the socket's mode decides. */
    private boolean sameUser(SocketChannel client) {
        try {
            UserPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED).user();
            if (peer.getName().equals(owner.getName())) {
                return true;
            }
            log().warning("refused a command from user " + peer.getName() + " on " + socket);
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            AttachProtocol.Request request = AttachProtocol.Request.read(
                    new DataInputStream(new BufferedInputStream(Channels.newInputStream(client))));
            DataOutputStream frames = new DataOutputStream(Channels.newOutputStream(client));
            // No keyboard: like a command run alone from a script, it reads nothing.
            Console console = new Console(InputStream.nullInputStream(), framed(frames, AttachProtocol.OUT),
                    framed(frames, AttachProtocol.ERR));
            int status;
            try {
                status = launcher.executeAttached(request, console);
            } catch (LaunchException e) {
                console.err().println(e.getMessage());
                status = Main.FAILED;
            }
            console.out().flush();
            console.err().flush();
            synchronized (frames) {
                frames.writeByte(AttachProtocol.EXIT);
                frames.writeInt(status);
                frames.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or the console is closing: nothing to tell anyone but the log
            log().log(Level.FINE, "an attached command ended early", e);
        }
    }

    /** A stream whose writes reach the client as frames of one kind, interleaved with the other's in order. */
    private static PrintStream framed(DataOutputStream frames, byte tag) {
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (frames) {
                    frames.writeByte(tag);
                    frames.writeInt(length);
                    frames.write(bytes, offset, length);
                    frames.flush();
                }
            }
        };
        // as Console.utf8: buffered, flushed at each line (pitfall 6: UTF-8 whatever the locale)
        return new PrintStream(new BufferedOutputStream(out), true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // a later command finds it, cannot connect, and starts its own atlas
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // closing only
        }
    }

    private static Logger log() {
        return Logger.getLogger(AttachServer.class.getName());
    }
}
