package org.chainatlas.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link AttachClient} and {@link AttachServer} say to each other over the console's
 * Unix-domain socket, {@value #SOCKET} in the installation. The client sends one request: its
 * current directory and {@code -c SCRIPT} or {@code COMMAND ARG...}; the server answers with
 * frames of standard output and standard error, in the order the command wrote them, and ends
 * with the exit status. Both sides are this launcher, of the same installation, so the format
 * has a version only to refuse a client left over from an upgrade in one sentence.
 */
final class AttachProtocol {

    /** The socket, relative to the installation: beside the bundle cache, in the user's own data/. */
    static final String SOCKET = "data/console.sock";
    static final int VERSION = 1;

    static final byte SCRIPT = 'c';
    static final byte WORDS = 'w';

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 0;

    /** A request larger than this is no command line: the server refuses it rather than allocate it. */
    private static final int MAX_TEXT = 1 << 20;

    private AttachProtocol() {
    }

    static Path socket(Path home) {
        return home.resolve(SOCKET);
    }

    /** One command to run: {@code kind} is {@link #SCRIPT} (one word, the script) or {@link #WORDS}. */
    record Request(Path directory, byte kind, List<String> words) {

        Request {
            words = List.copyOf(words);
        }

        static Request of(Options options, Path directory) {
            return options.command() != null
                    ? new Request(directory, SCRIPT, List.of(options.command()))
                    : new Request(directory, WORDS, options.words());
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(VERSION);
            writeText(out, directory.toString());
            out.writeByte(kind);
            out.writeInt(words.size());
            for (String word : words) {
                writeText(out, word);
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("attach protocol " + version + " where " + VERSION + " was expected");
            }
            Path directory = Path.of(readText(in));
            byte kind = in.readByte();
            int count = in.readInt();
            if ((kind != SCRIPT && kind != WORDS) || count < 1 || count > MAX_TEXT / 8 || (kind == SCRIPT && count != 1)) {
                throw new IOException("not an attach request");
            }
            List<String> words = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                words.add(readText(in));
            }
            return new Request(directory, kind, words);
        }
    }

    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("an attach request of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads the frame's payload length, or throws EOFException at a frame's end. */
    static int frameLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new EOFException("a frame of " + length + " bytes");
        }
        return length;
    }
}
