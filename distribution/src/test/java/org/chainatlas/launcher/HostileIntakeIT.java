package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.chainatlas.launcher.payload.Payload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of {@link HostileInputs}, offered by every way in: atlas:install, Gogo's own
 * install (for bundles), and a drop into deploy/. Each must be refused with its sentence, leave
 * the installed bundles and the atlas exactly as they were, never run the code it carries, and
 * not break the start after. Every case that fails is reported, not just the first.
 */
class HostileIntakeIT {

    @TempDir
    Path folder;
    private Path marker;

    @BeforeEach
    void watchForPayload() {
        marker = folder.resolve("payload-ran");
        System.setProperty(Payload.MARKER, marker.toString());
    }

    @AfterEach
    void stopWatching() {
        System.clearProperty(Payload.MARKER);
    }

    @Test
    void everyHostileFileIsRefusedByInstallInOneSentenceAndChangesNothing() throws Exception {
        List<HostileInputs.Case> cases = new ArrayList<>(HostileInputs.all(folder.resolve("hostile")));
        cases.addAll(HostileInputs.notFiles(folder.resolve("not-files")));
        List<String> failures = new ArrayList<>();
        Path framework = folder.resolve("framework");
        String before;
        try (OsgiHarness atlas = OsgiHarness.start(framework)) {
            before = atlas.state();
            String bundles = atlas.bundles();
            for (HostileInputs.Case c : cases) {
                check(failures, c, "atlas:install", atlas.literal("atlas:install", c.file().toString()));
                if (c.name().endsWith(".jar")) {
                    check(failures, c, "install", atlas.literal("install", c.file().toUri().toString()));
                }
                if (!atlas.bundles().equals(bundles)) {
                    failures.add(c.name() + ": the installed bundles changed:\n" + atlas.bundles());
                    bundles = atlas.bundles();
                }
                if (!atlas.state().equals(before)) {
                    failures.add(c.name() + ": the atlas changed");
                    before = atlas.state();
                }
            }
        }
        try (OsgiHarness again = OsgiHarness.start(OsgiHarness.DISTRIBUTION, framework, false)) {
            if (!again.state().equals(before)) {
                failures.add("the start after the hostile files shows another atlas");
            }
        }
        assertFalse(Files.exists(marker), "a hostile bundle's code ran: " + (Files.exists(marker) ? Files.readString(marker) : ""));
        assertEquals(List.of(), failures, failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void everyHostileFileDroppedIntoDeployIsRefusedShownAndForgottenWhenRemoved() throws Exception {
        List<HostileInputs.Case> cases = HostileInputs.all(folder.resolve("hostile"));
        List<String> failures = new ArrayList<>();
        Path framework = folder.resolve("framework");
        Path deploy = framework.resolve("deploy");
        try (OsgiHarness atlas = OsgiHarness.start(framework)) {
            String before = atlas.state();
            String bundles = atlas.bundles();
            for (HostileInputs.Case c : cases) {
                Path dropped = deploy.resolve(c.name());
                Files.copy(c.file(), folder.resolve("staged"), StandardCopyOption.REPLACE_EXISTING);
                Files.move(folder.resolve("staged"), dropped, StandardCopyOption.ATOMIC_MOVE);
                String shown = atlas.await("atlas:datasets", out -> out.contains(c.name()),
                        "atlas:datasets shows why " + c.name() + " in deploy/ is refused");
                if (!shown.contains(c.expected())) {
                    failures.add(c.name() + ": atlas:datasets does not say «" + c.expected() + "»:\n" + shown);
                }
                if (!atlas.bundles().equals(bundles)) {
                    failures.add(c.name() + ": the installed bundles changed:\n" + atlas.bundles());
                    bundles = atlas.bundles();
                }
                Files.delete(dropped);
                atlas.await("atlas:datasets", out -> !out.contains(c.name()), "the refusal of " + c.name() + " is forgotten"
                        + " once the file is removed");
                if (!atlas.state().equals(before)) {
                    failures.add(c.name() + ": the atlas changed");
                    before = atlas.state();
                }
            }
        }
        assertFalse(Files.exists(marker), "a hostile bundle's code ran: " + (Files.exists(marker) ? Files.readString(marker) : ""));
        assertEquals(List.of(), failures, failures.size() + " failures:\n" + String.join("\n", failures));
    }

    private static void check(List<String> failures, HostileInputs.Case c, String command, OsgiHarness.Result result) {
        List<String> err = result.err().lines().toList();
        if (result.status() == 0) {
            failures.add(c.name() + " (" + command + "): accepted: " + result.out().strip());
        } else if (err.size() != 1) {
            failures.add(c.name() + " (" + command + "): " + err.size() + " lines on stderr: " + result.err());
        } else if (!err.get(0).contains(c.expected())) {
            failures.add(c.name() + " (" + command + "): «" + err.get(0) + "» does not say «" + c.expected() + "»");
        }
    }
}
