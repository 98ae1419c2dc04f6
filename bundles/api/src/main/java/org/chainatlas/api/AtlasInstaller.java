package org.chainatlas.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Installs and removes layers and datasets while the atlas runs. What it installs is kept in the
 * framework's bundle cache, so it is still there after a restart.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AtlasInstaller {

    /** What a user allows an install beyond the default (data only, offered by hand). */
    enum InstallOption {
        /** The bundle may carry code (an exporter, say): the user asked for it explicitly. */
        ALLOW_CODE,
        /** The file lies in the watched deploy/ folder, where two files must not hold one dataset. */
        WATCHED_FOLDER
    }

    /**
     * Installs and starts a layer or dataset bundle ({@code .jar}) or a dataset file ({@code .json},
     * packed into a data-only bundle first). Installing a dataset or bundle that is already there
     * updates it; anything refused changes nothing, and an update that fails leaves the previous
     * version serving. A bundle with code is refused: see {@link #install(Path, Set)}.
     *
     * @return what changed in the atlas
     * @throws AtlasException with one sentence saying what was wrong
     */
    default List<AtlasChange> install(Path path) {
        return install(path, Set.of());
    }

    /** As {@link #install(Path)}, with what the user allows beyond it. */
    List<AtlasChange> install(Path path, Set<InstallOption> options);

    /**
     * Updates the bundle {@code bundleId} from {@code path}, which must hold a new version of that
     * very bundle (same symbolic name); the atlas's own bundles are refused.
     *
     * @return what changed in the atlas
     * @throws AtlasException with one sentence saying what was wrong
     */
    List<AtlasChange> update(long bundleId, Path path);

    /**
     * Uninstalls the bundle that provides a dataset (by dataset id) or the bundle with that
     * symbolic name.
     *
     * @return what changed in the atlas
     * @throws AtlasException naming the valid datasets and bundles where none matches
     */
    List<AtlasChange> uninstall(String datasetIdOrSymbolicName);

    /**
     * Uninstalls the dataset that was installed from {@code path} (a file dropped into
     * {@code deploy/} and since deleted); does nothing where there is none.
     */
    List<AtlasChange> uninstallFrom(Path path);

    /**
     * Records that installing {@code path} failed, so {@code atlas:datasets} and the console show
     * it until the file installs (or is removed). Used where no one waits for the exception, as
     * for files dropped into {@code deploy/}.
     */
    void reportFailure(Path path, String message);
}
