package org.chainatlas.shell;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo's own {@code install}, {@code update} and {@code uninstall}, taken over (a higher service
 * ranking in the same scope wins) so that what a user types at the console goes through the
 * atlas's one intake like everything else: the same rules, the same one-sentence refusals. Gogo's
 * other bundle commands ({@code start}, {@code stop}, {@code lb}...) stay its own.
 */
@Component(service = GogoBundleCommands.class, property = {
    "osgi.command.scope=felix",
    "osgi.command.function=install",
    "osgi.command.function=update",
    "osgi.command.function=uninstall",
    "service.ranking:Integer=100",
})
public final class GogoBundleCommands {
    private final AtlasInstaller installer;
    private final Supplier<PrintStream> out;

    @Activate
    public GogoBundleCommands(@Reference(name = "installer") AtlasInstaller installer) {
        this(installer, () -> System.out);
    }

    GogoBundleCommands(AtlasInstaller installer, Supplier<PrintStream> out) {
        this.installer = installer;
        this.out = out;
    }

    @Descriptor("install and start layer or dataset bundles or dataset files through the atlas, as atlas:install"
            + " does (bundles with code: atlas:install --allow-code)")
    public void install(CommandSession session,
            @Descriptor("start the bundles (they always are: the atlas serves what it installs)")
            @Parameter(names = {"-s", "--start"}, presentValue = "true", absentValue = "false") boolean start,
            @Descriptor("paths or file: URLs") String... locations) {
        if (locations == null || locations.length == 0) {
            throw new AtlasException("install takes one or more files, e.g. install region.json");
        }
        for (String location : locations) {
            print(session, installer.install(file(session, location), Set.of()), location + " is installed already");
        }
    }

    @Descriptor("update a bundle from the file it was installed from")
    public void update(CommandSession session, @Descriptor("the bundle (id or symbolic name)") Bundle bundle) {
        String location = bundle.getLocation();
        if (!location.startsWith("file:")) {
            throw new AtlasException("bundle " + bundle.getBundleId() + " (" + bundle.getSymbolicName() + ") was not"
                    + " installed from a file; give the file to update it from: update " + bundle.getBundleId() + " FILE");
        }
        update(session, bundle, location);
    }

    @Descriptor("update a bundle from a file holding a new version of it")
    public void update(CommandSession session, @Descriptor("the bundle (id or symbolic name)") Bundle bundle,
            @Descriptor("path or file: URL") String location) {
        print(session, installer.update(bundle.getBundleId(), file(session, location)), "nothing changed in the atlas");
    }

    @Descriptor("uninstall bundles through the atlas (its own bundles cannot be)")
    public void uninstall(CommandSession session, @Descriptor("the bundles (ids or symbolic names)") Bundle... bundles) {
        for (Bundle bundle : bundles) {
            print(session, installer.uninstall(bundle.getSymbolicName()), "nothing changed in the atlas");
        }
    }

    private static Path file(CommandSession session, String location) {
        if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !location.startsWith("file:")) {
            throw new AtlasException("'" + location + "' is not a file; the atlas installs from files only:"
                    + " download it first, then install the file");
        }
        return SessionFiles.resolve(session, location);
    }

    private void print(CommandSession session, List<AtlasChange> changes, String none) {
        RuntimeCommands.printChanges(session, out.get(), changes, Lang.EN, none);
    }
}
