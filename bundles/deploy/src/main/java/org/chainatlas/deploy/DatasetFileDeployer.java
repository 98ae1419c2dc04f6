package org.chainatlas.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller;
import org.chainatlas.api.AtlasInstaller.InstallOption;
import org.chainatlas.api.DatasetFiles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files in the watched {@code deploy/} folder: dropping one installs it, replacing it updates it,
 * deleting it uninstalls it. Dataset files and bundles alike go through {@link AtlasInstaller}
 * (FileInstall installs nothing itself), so the same rules hold as for {@code atlas:install}: a
 * file that is refused changes nothing, a failed update leaves the previous version serving, and
 * the reason shows in the console until the file is fixed or removed. Bundles with code are
 * refused unless {@value #ALLOW_CODE} is set.
 */
@Component
public final class DatasetFileDeployer implements ArtifactInstaller {
    private static final Logger LOG = Logger.getLogger(DatasetFileDeployer.class.getName());
    /** Setting that lets bundles with code in through deploy/; off unless set to true. */
    static final String ALLOW_CODE = "chainatlas.deploy.allowCode";

    @Reference
    private AtlasInstaller installer;
    private Set<InstallOption> options = EnumSet.of(InstallOption.WATCHED_FOLDER);
    private Path deploy;
    /** Folders in deploy/ already warned about, so that each is reported once. */
    private final Set<Path> foldersSeen = new HashSet<>();
    /** Files refused, tried again when another file goes (it may have held the same dataset). */
    private final Set<File> refused = new HashSet<>();

    /**
     * FileInstall only hears of files deleted while it runs: a dataset whose deploy/ file went
     * away while the atlas was stopped is uninstalled here, at start.
     */
    @Activate
    void activate(BundleContext context) {
        if (Boolean.parseBoolean(context.getProperty(ALLOW_CODE))) {
            options = EnumSet.of(InstallOption.WATCHED_FOLDER, InstallOption.ALLOW_CODE);
        }
        String folder = context.getProperty("felix.fileinstall.dir");
        if (folder == null) {
            return;
        }
        deploy = Path.of(folder).toAbsolutePath().normalize();
        for (Bundle bundle : context.getBundles()) {
            Path from = installedFrom(bundle);
            if (from != null && from.startsWith(deploy) && !Files.exists(from)) {
                log(installer.uninstallFrom(from));
            }
        }
        warnAboutFolders();
    }

    /** The file a bundle was installed from: a dataset file it was packed from, or its own file; else null. */
    private static Path installedFrom(Bundle bundle) {
        String packed = bundle.getHeaders("").get(DatasetFiles.PACKED_FROM_HEADER);
        if (packed != null) {
            return Path.of(packed);
        }
        String location = bundle.getLocation();
        try {
            return location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : null;
        } catch (IllegalArgumentException notAFile) {
            return null;
        }
    }

    /** Dataset files and bundles; landscape files too: those are refused with the way to import them, not ignored. */
    @Override
    public boolean canHandle(File artifact) {
        String name = artifact.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jar") || name.endsWith(".yml") || name.endsWith(".yaml");
    }

    @Override
    public void install(File artifact) {
        apply(artifact);
    }

    @Override
    public void update(File artifact) {
        apply(artifact);
    }

    @Override
    public synchronized void uninstall(File artifact) {
        refused.remove(artifact);
        log(installer.uninstallFrom(artifact.toPath()));
        for (File again : Set.copyOf(refused)) {
            if (again.isFile()) {
                apply(again);
            }
        }
    }

    private synchronized void apply(File artifact) {
        warnAboutFolders();
        try {
            log(installer.install(artifact.toPath(), options));
            refused.remove(artifact);
        } catch (AtlasException e) {
            refused.add(artifact);
            LOG.warning(artifact + ": " + e.getMessage());
            installer.reportFailure(artifact.toPath(), e.getMessage());
        }
    }

    /**
     * FileInstall is set to skip folders (it would otherwise pack each into a bundle, following
     * links anywhere); a user who drops one should still hear why its files do nothing.
     */
    private void warnAboutFolders() {
        if (deploy == null || !Files.isDirectory(deploy)) {
            return;
        }
        try (var entries = Files.newDirectoryStream(deploy, Files::isDirectory)) {
            for (Path folder : entries) {
                if (foldersSeen.add(folder)) {
                    String why = "deploy/ reads only the .json and .jar files directly in it, not folders"
                            + (Files.isSymbolicLink(folder) ? " or links to them" : "") + "; move the files up to install them";
                    LOG.warning(folder + ": " + why);
                    installer.reportFailure(folder, why);
                }
            }
        } catch (IOException e) {
            LOG.fine("cannot list " + deploy + ": " + e.getMessage());
        }
        foldersSeen.removeIf(folder -> !Files.isDirectory(folder) && installer.uninstallFrom(folder).isEmpty());
    }

    private static void log(List<AtlasChange> changes) {
        changes.forEach(c -> LOG.info(c.summary().en()));
    }
}
