package org.chainatlas.registry.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasInstaller;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The installer service: every call goes through the registry's one {@link Intake}. */
@Component(service = AtlasInstaller.class)
public final class AtlasInstallerService implements AtlasInstaller {

    @Reference
    private AtlasRegistry atlas;

    @Override
    public List<AtlasChange> install(Path path, Set<InstallOption> options) {
        return atlas.intake().install(path, options);
    }

    @Override
    public List<AtlasChange> update(long bundleId, Path path) {
        return atlas.intake().update(bundleId, path);
    }

    @Override
    public List<AtlasChange> uninstall(String id) {
        return atlas.intake().uninstall(id);
    }

    @Override
    public List<AtlasChange> uninstallFrom(Path path) {
        return atlas.intake().uninstallFrom(path);
    }

    @Override
    public void reportFailure(Path path, String message) {
        atlas.intake().reportFailure(path, message);
    }
}
