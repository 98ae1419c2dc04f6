package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * What a careful user checks before running a tool on their machine and sharing what it writes:
 * no listening socket, a private command history, no file overwritten by surprise, and exports
 * of hostile names (a dataset is someone else's file) that cannot run code in a browser or a
 * spreadsheet. Each test in its own copy of the distribution.
 */
class SecurityE2EIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE = "\"><svg onload=alert(1)>";
    private static final String TEXTAREA = "</textarea>";
    private static final String FORMULA = "=cmd|' /C calc'!A0";

    @TempDir
    Path folder;

    @Test
    void noListeningTcpPortWhileACommandRuns() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux's /proc");
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Path big = TestData.write(folder.resolve("big.json"), TestData.synthetic("stress-synthetic", "1.0.0", 8_000));
        Process process = atlas.start(folder.resolve("out.txt"), folder.resolve("err.txt"),
                "-c", "atlas:install " + big + "; atlas:stats");
        int looks = 0;
        Set<String> listening = new HashSet<>();
        while (process.isAlive()) {
            for (ProcessHandle jvm : jvms(process.toHandle())) {
                Set<String> sockets = socketInodes(jvm.pid());
                if (sockets == null) {
                    continue; // it ended meanwhile
                }
                looks++;
                listening.addAll(listeningAmong(jvm.pid(), sockets));
            }
            Thread.sleep(20);
        }
        assertEquals(0, process.exitValue(), Files.readString(folder.resolve("err.txt")));
        assertTrue(looks > 0, "never saw the JVM running");
        assertEquals(Set.of(), listening, "bin/atlas -c listens on TCP (socket inodes)");
    }

    @Test
    void theConsoleHistoryIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) to give the console a terminal");
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Path history = atlas.home().resolve("data/history");
        // umask 000: whatever permissions the history gets, it gets from the atlas, not the umask;
        // script(1) gives the console a terminal, sized as a user's would be (without, it has 0 columns)
        ProcessBuilder builder = new ProcessBuilder("sh", "-c",
                "umask 000; exec script -qfc \"stty cols 120 rows 40; exec '$0'\" /dev/null",
                atlas.home().resolve("bin/atlas").toString()).redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        builder.environment().put("LANG", "C");
        Process console = builder.start();
        Transcript transcript = new Transcript(console.getInputStream());
        try (OutputStream keys = console.getOutputStream()) {
            transcript.await("atlas> ");
            keys.write("atlas:layers\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            transcript.await("Service layer");
            transcript.await("atlas> ");
            keys.write("exit\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertTrue(console.waitFor(60, TimeUnit.SECONDS), "the console did not exit: " + transcript);
        } finally {
            console.destroyForcibly();
        }
        assertTrue(Files.exists(history), "no data/history after a console session: " + transcript);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(history));
        assertTrue(Files.readString(history).contains("atlas:layers"), Files.readString(history));
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Path file = folder.resolve("map.csv");
        Files.writeString(file, "precious");

        AtlasCommandLine.Run refused = atlas.run("-c", "atlas:export --format csv --out " + file);
        assertNotEquals(0, refused.status());
        List<String> lines = refused.err().lines().toList();
        assertEquals(1, lines.size(), refused.err());
        assertTrue(lines.get(0).contains("already exists") && lines.get(0).contains("--force"), lines.get(0));
        assertEquals("precious", Files.readString(file));

        AtlasCommandLine.Run forced = atlas.run("-c", "atlas:export --format csv --out " + file + " --force");
        assertEquals(0, forced.status(), forced.err());
        List<List<String>> rows = TestData.csv(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(36, rows.size(), "a header and the seed's 35 entries");
    }

    @Test
    void exportsOfHostileNamesHoldNoExecutableMarkupOrFormula() throws Exception {
        AtlasCommandLine atlas = AtlasCommandLine.copyTo(folder);
        Path dataset = TestData.write(folder.resolve("hostile.json"), hostile());
        Path svg = folder.resolve("map.svg");
        Path html = folder.resolve("map.html");
        Path csv = folder.resolve("map.csv");
        AtlasCommandLine.Run run = atlas.run("-c", "atlas:install " + dataset
                + "; atlas:export --format svg --out " + svg + " --region hostile-fictional"
                + "; atlas:export --format html --out " + html + " --region hostile-fictional"
                + "; atlas:export --format csv --out " + csv + " --region hostile-fictional");
        assertEquals(0, run.status(), run.err() + atlas.log());

        Document document = parseSafely(svg);
        List<String> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            if (name.equalsIgnoreCase("script") || name.equalsIgnoreCase("foreignObject")) {
                found.add("<" + name + ">");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String attribute = attributes.item(a).getLocalName() == null
                        ? attributes.item(a).getNodeName() : attributes.item(a).getLocalName();
                String value = attributes.item(a).getNodeValue().strip().toLowerCase();
                if (attribute.toLowerCase().startsWith("on") || value.startsWith("javascript:")) {
                    found.add(name + " " + attribute + "=" + value);
                }
            }
        }
        assertEquals(List.of(), found, "executable markup in the SVG");
        String text = document.getDocumentElement().getTextContent();
        for (String name : List.of(SCRIPT, ATTRIBUTE, TEXTAREA)) {
            assertTrue(text.contains(name), "the SVG does not show the name " + name + " as text");
        }

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains(SCRIPT), "the HTML holds " + SCRIPT + " raw");
        assertFalse(page.contains("<svg onload"), "the HTML holds " + ATTRIBUTE + " raw");
        assertEquals(count(page, "<textarea"), count(page, "</textarea"), "a name closes a textarea of the HTML");

        List<List<String>> rows = TestData.csv(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int nameZh = header.indexOf("name (zh)");
        int nameEn = header.indexOf("name (en)");
        assertTrue(nameZh >= 0 && nameEn >= 0, "no name columns in " + header);
        List<String> formula = rows.stream().filter(r -> r.get(nameEn).contains("cmd|")).findFirst().orElseThrow();
        assertEquals("'" + FORMULA, formula.get(nameEn));
        assertEquals("'" + FORMULA, formula.get(nameZh));
        rows.stream().flatMap(List::stream).filter(c -> !c.isEmpty() && "=+@".indexOf(c.charAt(0)) >= 0)
                .forEach(c -> {
                    throw new AssertionError("a CSV cell a spreadsheet would run: " + c);
                });
    }

    /** A fictional dataset whose names (and organisations) are attacks on the formats it is exported to. */
    private static JsonObject hostile() {
        JsonObject doc = TestData.synthetic("hostile-fictional", "1.0.0", 0);
        doc.add("title", TestData.text("注入测试（虚构）", "Injection test (fictional)"));
        String[][] layers = {{"base", "openness", "open-source"}, {"middle", "function", "baas"},
            {"application", "domain", "finance"}, {"service", "aspect", "park"}};
        String[] names = {SCRIPT, ATTRIBUTE, TEXTAREA, FORMULA};
        JsonArray entries = new JsonArray();
        for (int i = 0; i < names.length; i++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", "hostile-" + i);
            entry.addProperty("layer", layers[i][0]);
            entry.add("name", TestData.text(names[i], names[i]));
            entry.add("organisation", TestData.text(names[i], names[i]));
            JsonObject categories = new JsonObject();
            categories.addProperty(layers[i][1], layers[i][2]);
            entry.add("categories", categories);
            JsonArray places = new JsonArray();
            places.add("stress-city");
            entry.add("places", places);
            entries.add(entry);
        }
        doc.add("entries", entries);
        return doc;
    }

    /** XML without DTDs or external entities: the file under test must not reach out either. */
    private static Document parseSafely(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<ProcessHandle> jvms(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .toList();
    }

    /** The inodes of the sockets a process has open (from /proc/PID/fd), or null if it is gone. */
    private static Set<String> socketInodes(long pid) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while we looked
                }
            }
        } catch (IOException gone) {
            return null;
        }
        return inodes;
    }

    /** Which of these socket inodes are TCP sockets in state LISTEN (0A) in the process's network namespace. */
    private static Set<String> listeningAmong(long pid, Set<String> inodes) {
        Set<String> listening = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/net/" + table)).stream().skip(1).toList()) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
                        listening.add(table + " " + f[1] + " inode " + f[9]);
                    }
                }
            } catch (IOException gone) {
                // the process ended, or there is no IPv6
            }
        }
        return listening;
    }

    /** Everything a console printed so far, read as it comes. */
    private static final class Transcript {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int from;

        Transcript(InputStream in) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (bytes) {
                            bytes.write(buffer, 0, n);
                            bytes.notifyAll();
                        }
                    }
                } catch (IOException ended) {
                    // the console is gone
                }
            }, "console-transcript");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits until the text appears after what was awaited before (a guard against hanging, not a time check). */
        void await(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            synchronized (bytes) {
                while (true) {
                    String all = bytes.toString(StandardCharsets.UTF_8);
                    int at = all.indexOf(text, from);
                    if (at >= 0) {
                        from = at + text.length();
                        return;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("the console never printed «" + text + "»; it printed:\n" + all);
                    }
                    bytes.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
            }
        }

        @Override
        public String toString() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
