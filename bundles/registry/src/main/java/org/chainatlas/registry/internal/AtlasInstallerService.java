package org.chainatlas.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarInputStream;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Validation;
import org.chainatlas.registry.assembly.Changes;
import org.chainatlas.registry.concurrent.Forked;
import org.chainatlas.registry.format.DataOnly;
import org.chainatlas.registry.format.DatasetBundles;
import org.chainatlas.registry.format.DatasetValidator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Installs, updates and uninstalls dataset files and bundles at runtime. Every dataset is
 * validated before the framework sees it, so a bad file changes nothing; only the bundle
 * concerned is touched (and refreshed, if it had code), never the rest of the atlas.
 */
@Component(service = AtlasInstaller.class)
public final class AtlasInstallerService implements AtlasInstaller {
    /** From this size the file's digest (about 11 ms at 4.7 MB) is worked out on another core. */
    private static final int LARGE_FILE_BYTES = 256 * 1024;

    /** Location prefix of datasets installed from raw JSON: their bytes live in the bundle cache. */
    static final String DATASET_LOCATION = "chainatlas:dataset:";
    private static final Set<String> CORE = Set.of("org.chainatlas.api", "org.chainatlas.registry", "org.chainatlas.shell");
    /**
     * Location prefix of the bundles the launcher installs from the distribution's bundle/ (its
     * BundleDirectory): the framework's services, the console, the built-in layers and map. They
     * are the atlas itself, and a jar that takes one's symbolic name must not replace it.
     */
    private static final String BUILT_IN_LOCATION = "chainatlas:bundle/";

    @Reference
    private AtlasRegistry atlas;
    @Reference
    private DatasetFiles files;
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public synchronized List<AtlasChange> install(Path path) {
        if (hasControlCharacter(path.toString())) {
            // the path is written into the packed bundle's manifest, where a line break would start a header
            throw new AtlasException("the file name " + path.toString().replaceAll("\\p{Cntrl}", "?")
                    + " holds a line break or another control character; rename the file and install it again");
        }
        if (!Files.isRegularFile(path)) {
            throw new AtlasException("no file '" + path + "'; give the path of a dataset .json file or a bundle .jar");
        }
        AtlasSnapshot before = atlas.snapshot();
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            installDatasetFile(path);
        } else if (name.endsWith(".jar")) {
            installBundle(path);
        } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            throw new AtlasException("'" + path.getFileName() + "' is a landscape file (YAML), not a dataset; turn it into"
                    + " one with atlas:import " + path.getFileName() + " --mapping MAP.json --out DATASET.json and install that");
        } else {
            throw new AtlasException("cannot install '" + path + "'; install a dataset .json file or a bundle .jar");
        }
        atlas.reportProblems(origin(path), List.of());
        return Changes.between(before, atlas.snapshot());
    }

    @Override
    public synchronized List<AtlasChange> uninstallFrom(Path path) {
        atlas.reportProblems(origin(path), List.of());
        String from = origin(path);
        Optional<Bundle> bundle = Arrays.stream(context.getBundles())
                .filter(b -> from.equals(b.getHeaders("").get(DatasetBundles.PACKED_FROM))).findFirst();
        return bundle.isPresent() ? uninstall(bundle.get().getSymbolicName()) : List.of();
    }

    @Override
    public void reportFailure(Path path, String message) {
        atlas.reportProblems(origin(path), List.of(new LoadProblem(path.getFileName().toString(), null,
                message + serving(path))));
    }

    /** "; version 1.0.0 keeps serving" where an earlier version of this file is installed, as the extender says for bundles. */
    private String serving(Path path) {
        String from = origin(path);
        return Arrays.stream(context.getBundles())
                .filter(b -> from.equals(b.getHeaders("").get(DatasetBundles.PACKED_FROM)))
                .map(Bundle::getSymbolicName)
                .flatMap(name -> atlas.snapshot().datasets().stream().filter(d -> name.equals(d.bundle())))
                .findFirst()
                .map(d -> "; version " + d.version() + " keeps serving")
                .orElse("");
    }

    private static String origin(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private void installDatasetFile(Path path) {
        byte[] json = read(path);
        // the digest needs only the bytes: for a large file it is worked out beside the checks
        Forked<String> digesting = json.length >= LARGE_FILE_BYTES
                ? Forked.start(() -> DatasetBundles.digest(json)) : Forked.inline(() -> DatasetBundles.digest(json));
        Validation validation = files.validate(path.toString(), json);
        if (!validation.ok()) {
            throw new AtlasException(DatasetValidator.refusal(validation));
        }
        String digest = digesting.join();
        Optional<Bundle> existing = bundle(validation.symbolicName());
        if (existing.isPresent() && digest.equals(existing.get().getHeaders("").get(DatasetBundles.DIGEST))
                && existing.get().getState() == Bundle.ACTIVE) {
            return; // the same file again, e.g. deploy/ rescanned at start: nothing to do
        }
        byte[] bundle = DatasetBundles.pack(validation.document(), json, origin(path), digest);
        String location = existing.map(Bundle::getLocation).orElse(DATASET_LOCATION + validation.document().id());
        atlas.vouchFor(location, digest, validation.document()); // the extender need not read it all again
        installOrUpdate(validation.symbolicName(), location, bundle);
    }

    private void installBundle(Path path) {
        byte[] bytes = read(path);
        java.util.jar.Attributes manifest = manifest(bytes);
        String symbolicName = Optional.ofNullable(manifest.getValue("Bundle-SymbolicName"))
                .map(s -> s.split(";")[0].strip())
                .orElseThrow(() -> new AtlasException("'" + path + "' is not an OSGi bundle: its manifest has no Bundle-SymbolicName"));
        if (manifest.getValue(DatasetBundles.HEADER) != null) {
            Validation validation = files.validate(path);
            if (!validation.ok()) {
                throw new AtlasException(DatasetValidator.refusal(validation));
            }
        } else if (manifest.getValue(DataBundleExtender.LAYER_HEADER) != null) {
            // Checked before installing: once installed, the framework would already have run its code.
            String code = DataOnly.codeIn(manifest::getValue, holdsClasses(bytes));
            if (code != null) {
                throw new AtlasException("'" + path.getFileName() + "' is a layer bundle, which must hold data only, but it "
                        + code + "; nothing was installed");
            }
        }
        installOrUpdate(symbolicName, path.toAbsolutePath().toUri().toString(), bytes);
    }

    /**
     * Updates the bundle with that symbolic name if there is one, else installs it; then starts it.
     * Readers see the atlas before or after, never the moment between the old bundle's stop and
     * the new one's start.
     */
    private void installOrUpdate(String symbolicName, String location, byte[] bytes) {
        Optional<Bundle> existing = bundle(symbolicName);
        if (existing.isPresent() && builtIn(existing.get())) {
            throw new AtlasException("'" + symbolicName + "' is the symbolic name of " + existing.get().getHeaders("")
                    .get("Bundle-Name") + ", part of the atlas itself: a bundle cannot replace it; give yours a name of its own");
        }
        atlas.asOneChange(() -> {
            try {
                if (existing.isPresent()) {
                    Bundle bundle = existing.get();
                    bundle.update(new ByteArrayInputStream(bytes));
                    refreshIfExporting(bundle);
                    bundle.start();
                } else {
                    startOrUninstall(context.installBundle(location, new ByteArrayInputStream(bytes)));
                }
            } catch (BundleException e) {
                throw new AtlasException("could not " + (existing.isPresent() ? "update " : "install ") + symbolicName
                        + ": " + e.getMessage());
            }
        });
    }

    @Override
    public synchronized List<AtlasChange> uninstall(String id) {
        AtlasSnapshot before = atlas.snapshot();
        String symbolicName = before.datasets().stream().filter(d -> d.id().equals(id)).map(DatasetStatus::bundle)
                .findFirst().orElse(id);
        Bundle bundle = bundle(symbolicName).orElseThrow(() -> new AtlasException("no dataset or bundle '" + id
                + "'; datasets: " + String.join(", ", before.datasets().stream().map(DatasetStatus::id).toList())
                + "; see lb for bundles"));
        if (builtIn(bundle) || CORE.contains(bundle.getSymbolicName())) {
            throw new AtlasException("'" + id + "' is part of the atlas itself and cannot be uninstalled");
        }
        try {
            boolean exported = exportsPackages(bundle);
            bundle.uninstall();
            if (exported) {
                refresh(bundle);
            }
        } catch (BundleException e) {
            throw new AtlasException("could not uninstall " + symbolicName + ": " + e.getMessage());
        }
        return Changes.between(before, atlas.snapshot());
    }

    /** A new bundle that cannot resolve or start leaves nothing behind: it is uninstalled again. */
    private static void startOrUninstall(Bundle bundle) throws BundleException {
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            try {
                bundle.uninstall();
            } catch (BundleException | IllegalStateException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsClasses(byte[] jar) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(jar))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new AtlasException("cannot read the bundle: " + e.getMessage());
        }
    }

    private static boolean builtIn(Bundle bundle) {
        return bundle.getBundleId() == 0 || bundle.getLocation().startsWith(BUILT_IN_LOCATION);
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    /** Only a bundle that exports packages leaves stale wires; it is refreshed alone, not the framework. */
    private void refreshIfExporting(Bundle bundle) {
        if (exportsPackages(bundle)) {
            refresh(bundle);
        }
    }

    private static boolean exportsPackages(Bundle bundle) {
        var revision = bundle.adapt(org.osgi.framework.wiring.BundleRevision.class);
        return revision != null && !revision.getDeclaredCapabilities(org.osgi.framework.namespace.PackageNamespace.PACKAGE_NAMESPACE).isEmpty();
    }

    private void refresh(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<Bundle> one = new ArrayList<>(List.of(bundle));
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        wiring.refreshBundles(one, event -> done.countDown());
        try {
            done.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.jar.Attributes manifest(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            return in.getManifest() == null ? new java.util.jar.Attributes() : in.getManifest().getMainAttributes();
        } catch (IOException e) {
            throw new AtlasException("cannot read the bundle: " + e.getMessage());
        }
    }

    private static byte[] read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AtlasException("cannot read '" + path + "': " + e.getMessage());
        }
    }
}
