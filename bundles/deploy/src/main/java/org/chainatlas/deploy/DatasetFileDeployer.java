package org.chainatlas.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller;
import org.chainatlas.api.DatasetFiles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dataset files in the watched {@code deploy/} folder: dropping one installs it, replacing it
 * updates it, deleting it uninstalls it. Installing goes through {@link AtlasInstaller}, so a file
 * that does not validate changes nothing, a failed update leaves the previous version serving,
 * and the failure is shown in the console until the file is fixed or removed. Bundles dropped
 * there are FileInstall's own business.
 */
@Component
public final class DatasetFileDeployer implements ArtifactInstaller {
    private static final Logger LOG = Logger.getLogger(DatasetFileDeployer.class.getName());

    @Reference
    private AtlasInstaller installer;

    /**
     * FileInstall only hears of files deleted while it runs: a dataset whose deploy/ file went
     * away while the atlas was stopped is uninstalled here, at start.
     */
    @Activate
    void activate(BundleContext context) {
        String folder = context.getProperty("felix.fileinstall.dir");
        if (folder == null) {
            return;
        }
        Path deploy = Path.of(folder).toAbsolutePath().normalize();
        for (Bundle bundle : context.getBundles()) {
            String from = bundle.getHeaders("").get(DatasetFiles.PACKED_FROM_HEADER);
            if (from != null && Path.of(from).startsWith(deploy) && !Files.exists(Path.of(from))) {
                log(installer.uninstallFrom(Path.of(from)));
            }
        }
    }

    /** Dataset files, and landscape files: those are refused with the way to import them, not ignored. */
    @Override
    public boolean canHandle(File artifact) {
        String name = artifact.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yml") || name.endsWith(".yaml");
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
    public void uninstall(File artifact) {
        log(installer.uninstallFrom(artifact.toPath()));
    }

    private void apply(File artifact) {
        try {
            log(installer.install(artifact.toPath()));
        } catch (AtlasException e) {
            LOG.warning(artifact + ": " + e.getMessage());
            installer.reportFailure(artifact.toPath(), e.getMessage());
        }
    }

    private static void log(List<AtlasChange> changes) {
        changes.forEach(c -> LOG.info(c.summary().en()));
    }
}
