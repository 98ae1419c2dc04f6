package org.chainatlas.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller.InstallOption;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Layer;
import org.chainatlas.registry.assembly.Changes;
import org.chainatlas.registry.concurrent.Forked;
import org.chainatlas.registry.format.DatasetBundles;
import org.chainatlas.registry.format.DatasetChecks;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.FormatException;
import org.chainatlas.registry.format.LayerReader;
import org.chainatlas.registry.format.ValidatedForm;
import org.chainatlas.registry.internal.ContentStore.Served;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The one way in. Every layer, dataset and bundle reaches the atlas through here, whether a user
 * installs it ({@code atlas:install}, Gogo's {@code install} and {@code update}, a file dropped
 * into {@code deploy/}) or the framework starts it from its cache; each passes the same steps:
 *
 * <ol>
 * <li><b>read</b> the bytes, within the {@link IntakeLimits};</li>
 * <li><b>digest</b> them (SHA-256): the key of everything the {@link ContentStore} keeps;</li>
 * <li><b>admit</b> them by the {@link Admission} rules;</li>
 * <li><b>validate</b>, or reuse what was validated under that digest before;</li>
 * <li><b>register</b>: install or update the bundle; the extender serves its data;</li>
 * <li><b>remember</b> the digest as that bundle's last good version.</li>
 * </ol>
 *
 * A refusal at any step is one sentence, and nothing has changed. A failed update keeps the last
 * good version serving; a bundle the framework lost from its cache is put back from the store.
 */
final class Intake {
    private static final Logger LOG = Logger.getLogger(Intake.class.getName());
    /** Location prefix of datasets installed from raw JSON: only the intake installs there. */
    static final String DATASET_LOCATION = "chainatlas:dataset:";
    /** From this size the digest (about 11 ms at 4.7 MB) is worked out on another core, beside validation. */
    private static final int LARGE_FILE_BYTES = 256 * 1024;
    static final String DATASET = "dataset";
    static final String LAYER = "layer";
    private static final String CODE = "code";

    /** What was admitted and is ready to register. */
    private record Admitted(String symbolicName, String location, byte[] bundle, String kind, String jsonDigest,
                            String version) {
    }

    /** What a data bundle serves, or why it serves nothing; see {@link #serve}. */
    record Serving(Object value, List<LoadProblem> problems) {
    }

    private final BundleContext context;
    private final AtlasRegistry atlas;
    private final ContentStore store;
    private final Admission admission;
    private final IntakeLimits limits;
    /**
     * The JSON digest of what {@link #register} is installing right now, checked against the
     * atlas readers still see (publication is held meanwhile): the extender need not check it again.
     */
    private volatile String registering;

    Intake(BundleContext context, AtlasRegistry atlas, ContentStore store, IntakeLimits limits) {
        this.context = context;
        this.atlas = atlas;
        this.store = store;
        this.admission = new Admission(context);
        this.limits = limits;
    }

    // --- what users offer --------------------------------------------------------------------------

    /** Installs or updates what {@code path} holds; see the class comment for the steps. */
    synchronized List<AtlasChange> install(Path path, Set<InstallOption> options) {
        AtlasSnapshot before = atlas.snapshot();
        Arrival arrival = Arrival.read(path, limits);
        Admitted admitted = arrival.bundle() ? admitBundle(arrival, options) : admitDatasetFile(arrival, options);
        if (admitted != null) {
            register(admitted);
        }
        atlas.reportProblems(origin(path), List.of());
        return Changes.between(before, atlas.snapshot());
    }

    /** As {@link #install}, for the bundle {@code bundleId}, which the file must hold a new version of. */
    synchronized List<AtlasChange> update(long bundleId, Path path) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            throw new AtlasException("no bundle " + bundleId + "; see lb for the installed bundles");
        }
        refuseIfReserved(bundle.getSymbolicName());
        Arrival arrival = Arrival.read(path, limits);
        String offered = arrival.bundle() ? arrival.symbolicName()
                : validateOrReuse(arrival, DatasetBundles.digest(arrival.json())).symbolicName();
        if (!bundle.getSymbolicName().equals(offered)) {
            throw new AtlasException("'" + arrival.name() + "' holds " + offered + ", not " + bundle.getSymbolicName()
                    + " (bundle " + bundleId + "); install it with atlas:install instead");
        }
        return install(path, Set.of());
    }

    synchronized List<AtlasChange> uninstall(String id) {
        AtlasSnapshot before = atlas.snapshot();
        String symbolicName = id;
        Bundle byId = id.matches("\\d{1,18}") ? context.getBundle(Long.parseLong(id)) : null;
        if (byId != null && byId.getSymbolicName() != null) {
            symbolicName = byId.getSymbolicName(); // a bundle id, as Gogo's uninstall takes it
        }
        for (DatasetStatus d : before.datasets()) {
            if (d.id().equals(id)) {
                symbolicName = d.bundle();
            }
        }
        refuseIfReserved(symbolicName);
        Bundle bundle = bundle(symbolicName).orElseThrow(() -> new AtlasException("no dataset or bundle '" + id
                + "'; datasets: " + String.join(", ", before.datasets().stream().map(DatasetStatus::id).toList())
                + "; see lb for bundles"));
        try {
            boolean exported = Bundles.exportsPackages(bundle);
            bundle.uninstall();
            store.forget(symbolicName);
            if (exported) {
                Bundles.refresh(context, bundle);
            }
        } catch (BundleException e) {
            throw new AtlasException("could not uninstall " + symbolicName + ": " + e.getMessage());
        }
        return Changes.between(before, atlas.snapshot());
    }

    /** Uninstalls what was installed from {@code path} (a deleted deploy/ file); nothing where nothing was. */
    synchronized List<AtlasChange> uninstallFrom(Path path) {
        atlas.reportProblems(origin(path), List.of());
        Optional<Bundle> bundle = installedFrom(path);
        return bundle.isPresent() ? uninstall(bundle.get().getSymbolicName()) : List.of();
    }

    /** Shows why {@code path} failed to install until it installs or is removed, and what keeps serving. */
    void reportFailure(Path path, String message) {
        String serving = installedFrom(path).flatMap(b -> atlas.snapshot().datasets().stream()
                .filter(d -> b.getSymbolicName().equals(d.bundle())).findFirst())
                .map(d -> "; version " + d.version() + " keeps serving").orElse("");
        atlas.reportProblems(origin(path), List.of(new LoadProblem(path.getFileName().toString(), null, message + serving)));
    }

    /** Steps 2 to 4 for a dataset file: digest, validate or reuse, admit the bundle it packs into. */
    private Admitted admitDatasetFile(Arrival arrival, Set<InstallOption> options) {
        byte[] json = arrival.json();
        // the digest needs only the bytes: for a large file it is worked out beside the checks
        Forked<String> digesting = json.length >= LARGE_FILE_BYTES
                ? Forked.start(() -> DatasetBundles.digest(json)) : Forked.inline(() -> DatasetBundles.digest(json));
        Validation validation = validate(arrival.path().toString(), json);
        String digest = digesting.join();
        if (!validation.ok()) {
            throw new AtlasException(DatasetValidator.refusal(validation));
        }
        DatasetDocument document = validation.document();
        refuseIfReserved(validation.symbolicName());
        refuseTakenDatasetId(document.id(), validation.symbolicName(), arrival.name());
        Optional<Bundle> existing = bundle(validation.symbolicName());
        if (options.contains(InstallOption.WATCHED_FOLDER)) {
            refuseTwin(arrival.path(), existing, document.id());
        }
        remember(digest, document);
        if (existing.isPresent() && digest.equals(existing.get().getHeaders("").get(DatasetBundles.DIGEST))
                && existing.get().getState() == Bundle.ACTIVE) {
            return null; // the same file again, e.g. deploy/ rescanned at start: nothing to do
        }
        byte[] bundle = DatasetBundles.pack(document, json, origin(arrival.path()), digest);
        String location = existing.map(Bundle::getLocation).orElse(DATASET_LOCATION + document.id());
        return new Admitted(validation.symbolicName(), location, bundle, DATASET, digest, document.version());
    }

    /** Steps 2 to 4 for a bundle: admit by its manifest and content, then validate the data it holds. */
    private Admitted admitBundle(Arrival arrival, Set<InstallOption> options) {
        boolean allowCode = options.contains(InstallOption.ALLOW_CODE);
        String refusal = admission.refusal(arrival, allowCode, options.contains(InstallOption.WATCHED_FOLDER)
                ? "set chainatlas.deploy.allowCode=true in conf/config.properties, if you trust what you drop into deploy/"
                : "atlas:install --allow-code " + arrival.name() + ", if you trust it");
        if (refusal != null) {
            throw new AtlasException(refusal);
        }
        String kind = arrival.dataKind() == null ? CODE : arrival.dataKind();
        String digest = arrival.json() == null ? "-" : DatasetBundles.digest(arrival.json());
        String version = "";
        if (DATASET.equals(kind)) {
            Validation validation = validateOrReuse(arrival, digest);
            if (!validation.ok()) {
                throw new AtlasException(DatasetValidator.refusal(validation));
            }
            refuseTakenDatasetId(validation.document().id(), arrival.symbolicName(), arrival.name());
            version = validation.document().version();
        } else if (LAYER.equals(kind)) {
            remember(digest, readLayer(arrival));
        }
        Optional<Bundle> existing = bundle(arrival.symbolicName());
        String location = existing.map(Bundle::getLocation).orElse(arrival.path().toAbsolutePath().toUri().toString());
        return new Admitted(arrival.symbolicName(), location, arrival.bytes(), kind, digest, version);
    }

    /** Steps 5 and 6: installs or updates the bundle as one change readers see whole, and remembers it. */
    private void register(Admitted admitted) {
        String bundleDigest = keep(admitted);
        Optional<Bundle> existing = bundle(admitted.symbolicName());
        Served previous = store.served(admitted.symbolicName());
        if (existing.isPresent() && existing.get().getState() == Bundle.ACTIVE && previous != null
                && bundleDigest.equals(previous.bundleDigest()) && previous.revision().equals(revision(existing.get()))) {
            return; // the very bundle that is installed: nothing to do
        }
        registering = admitted.jsonDigest();
        atlas.asOneChange(() -> {
            try {
                if (existing.isEmpty()) {
                    installNew(admitted, bundleDigest);
                } else {
                    update(existing.get(), admitted, bundleDigest, previous);
                }
            } catch (BundleException | java.io.UncheckedIOException e) {
                throw new AtlasException("could not " + (existing.isPresent() ? "update " : "install ")
                        + admitted.symbolicName() + ": " + reason(e));
            } finally {
                registering = null;
            }
        });
    }

    /** Keeps the bundle's bytes in the store first: what cannot be kept is not installed. */
    private String keep(Admitted admitted) {
        try {
            return store.putBundle(admitted.bundle());
        } catch (java.io.UncheckedIOException e) {
            throw new AtlasException("could not install " + admitted.symbolicName() + ": the atlas cannot keep its copy ("
                    + reason(e) + "); nothing was installed");
        }
    }

    /** Installs, remembers and starts a new bundle; if any step fails, it leaves nothing behind. */
    private void installNew(Admitted admitted, String bundleDigest) throws BundleException {
        // remembered before the framework hears of it: a start after a crash here finds the bundle to undo
        store.putServed(new Served(admitted.symbolicName(), "-", admitted.kind(), admitted.jsonDigest(), admitted.version(),
                admitted.location(), bundleDigest, false));
        Bundle bundle;
        try {
            bundle = context.installBundle(admitted.location(), new ByteArrayInputStream(admitted.bundle()));
        } catch (BundleException | RuntimeException e) {
            store.forget(admitted.symbolicName());
            throw e;
        }
        try {
            agrees(bundle, admitted);
            Served installing = rememberServed(admitted, bundle, bundleDigest);
            bundle.start();
            store.putServed(installing.completed());
        } catch (BundleException | RuntimeException e) {
            String symbolicName = bundle.getSymbolicName();
            try {
                bundle.uninstall();
                store.forget(symbolicName);
            } catch (BundleException | RuntimeException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    /**
     * Stops the bundle for this run only (a crash meanwhile leaves it to start again as it was),
     * updates, remembers and starts it; if any step after the update fails, the previous version
     * is put back.
     */
    private void update(Bundle bundle, Admitted admitted, String bundleDigest, Served previous) throws BundleException {
        bundle.stop(Bundle.STOP_TRANSIENT);
        bundle.update(new ByteArrayInputStream(admitted.bundle()));
        try {
            agrees(bundle, admitted);
            Served updating = rememberServed(admitted, bundle, bundleDigest).completed(); // stopped for this run only
            if (Bundles.exportsPackages(bundle)) {
                Bundles.refresh(context, bundle);
            }
            bundle.start();
            store.putServed(updating);
        } catch (BundleException | RuntimeException e) {
            putBack(bundle, previous, e);
        }
    }

    /**
     * The framework has read the bundle now, installed but not started (nothing of it has run):
     * its reading of the name and headers must admit what the intake's reading admitted.
     */
    private void agrees(Bundle bundle, Admitted admitted) throws BundleException {
        String why = null;
        if (!admitted.symbolicName().equals(bundle.getSymbolicName())) {
            why = "the framework reads its symbolic name as " + bundle.getSymbolicName();
        } else if (!CODE.equals(admitted.kind())) {
            String notData = Admission.notData(bundle.getHeaders("")::get, Bundles.carriesClasses(bundle));
            why = notData == null ? null : "as the framework reads it, it " + notData;
        }
        if (why != null) {
            throw new BundleException(why);
        }
    }

    private void putBack(Bundle bundle, Served previous, Exception failure) throws BundleException {
        byte[] before = previous == null || !previous.restorable() ? null : store.bundle(previous.bundleDigest());
        if (before == null) {
            throw new BundleException(reason(failure) + "; it is left stopped (the previous version is not kept)", failure);
        }
        bundle.update(new ByteArrayInputStream(before));
        try {
            store.putServed(previous.at(revision(bundle)));
        } catch (RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded); // the next start reads the bundle's JSON again: only time is lost
        }
        bundle.start();
        throw new BundleException(reason(failure) + "; the previous version is back", failure);
    }

    /** The cause a user can act on, e.g. "No space left on device", rather than an exception's class. */
    private static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        if (cause instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            message = f.getReason();
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    // --- what the framework starts -----------------------------------------------------------------

    /**
     * What a layer or dataset bundle serves, however it was installed, from the JSON at {@code path}
     * in it: the same admission and validation, the validated form reused by digest, and where this
     * revision does not validate, the last good version with the reason it is not this one.
     */
    Serving serve(Bundle bundle, String kind, String path) {
        var classes = bundle.findEntries("/", "*.class", true);
        String notData = Admission.notData(bundle.getHeaders("")::get, classes != null && classes.hasMoreElements());
        if (notData != null) {
            return refused(bundle, path, "a data bundle must hold data only, but it " + notData
                    + "; it is not loaded (a code bundle registers its LayerCatalogue or Dataset service itself)");
        }
        Served last = store.served(bundle.getSymbolicName());
        String revision = revision(bundle);
        byte[] json = null;
        String digest;
        try {
            boolean fresh = false;
            if (last != null && last.revision().equals(revision) && last.kind().equals(kind)) {
                digest = last.jsonDigest(); // worked out from this very revision before
                fresh = digest.equals(registering);
            } else {
                json = readEntry(bundle, path);
                digest = DatasetBundles.digest(json);
            }
            Object value = fresh ? store.recent(digest) : reused(digest, kind);
            if (value == null) {
                json = json == null ? readEntry(bundle, path) : json;
                value = LAYER.equals(kind) ? readLayer(json) : validDocument(path, json);
                remember(digest, value);
            }
            if (last == null || !last.revision().equals(revision) || !last.jsonDigest().equals(digest)) {
                rememberQuietly(new Served(bundle.getSymbolicName(), revision, kind, digest, version(value),
                        null, null, true));
            }
            return new Serving(value, List.of());
        } catch (FormatException | IOException | AtlasException e) {
            return keepLastGood(bundle, path, kind, last, e.getMessage());
        }
    }

    /** Remembers what a bundle serves, if the disk lets it: the record only saves reading its JSON again. */
    private void rememberQuietly(Served record) {
        try {
            store.putServed(record);
        } catch (java.io.UncheckedIOException e) {
            LOG.fine("cannot remember what " + record.symbolicName() + " serves: " + reason(e));
        }
    }

    /**
     * At start: puts back every bundle the intake installed that the framework no longer has (its
     * cache entry was lost), and undoes an install a crash cut short before the bundle started.
     */
    synchronized void restoreLost() {
        for (Served served : store.allServed()) {
            Optional<Bundle> present = served.restorable() ? bundle(served.symbolicName()) : Optional.empty();
            if (present.isPresent() && !served.complete()) {
                finishOrUndo(present.get(), served);
            }
            if (!served.restorable() || present.isPresent()) {
                continue;
            }
            byte[] bytes = store.bundle(served.bundleDigest());
            String problem;
            if (bytes == null) {
                problem = "its bundle was lost from the framework's cache and the kept copy is damaged; install it again";
            } else {
                try {
                    Bundle bundle = context.installBundle(served.location(), new ByteArrayInputStream(bytes));
                    store.putServed(served.at(revision(bundle)));
                    bundle.start();
                    LOG.warning(served.symbolicName() + " was lost from the framework's cache and is restored from the"
                            + " intake's store");
                    continue;
                } catch (BundleException | RuntimeException e) {
                    problem = "its bundle was lost from the framework's cache and could not be restored (" + e.getMessage()
                            + "); install it again";
                }
            }
            atlas.reportProblems("lost:" + served.symbolicName(), List.of(new LoadProblem(served.symbolicName(),
                    served.location(), problem)));
        }
    }

    /** An install cut short: a bundle not yet started is uninstalled (the user never heard it succeed). */
    private void finishOrUndo(Bundle bundle, Served served) {
        boolean started = bundle.adapt(org.osgi.framework.startlevel.BundleStartLevel.class).isPersistentlyStarted();
        try {
            if (started) {
                store.putServed(served.completed());
            } else {
                bundle.uninstall();
                store.forget(served.symbolicName());
                LOG.warning(served.symbolicName() + " was being installed when the atlas stopped; the install is undone");
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warning("cannot undo the install of " + served.symbolicName() + " that was cut short: " + e.getMessage());
        }
    }

    /** A bundle was uninstalled (by anyone): its last good version is no longer wanted. */
    void uninstalled(Bundle bundle) {
        if (bundle.getSymbolicName() != null && !Admission.builtIn(bundle)) {
            store.forget(bundle.getSymbolicName());
        }
    }

    private Serving keepLastGood(Bundle bundle, String path, String kind, Served last, String why) {
        Object previous = last == null || !last.kind().equals(kind) ? null : reused(last.jsonDigest(), kind);
        List<LoadProblem> problems = List.of(new LoadProblem(bundle.getSymbolicName(), path,
                why + (previous instanceof DatasetDocument d ? "; version " + d.version() + " keeps serving" : "")));
        return new Serving(previous, problems);
    }

    private static Serving refused(Bundle bundle, String path, String why) {
        return new Serving(null, List.of(new LoadProblem(bundle.getSymbolicName(), path, why)));
    }

    // --- validation, reused by digest ------------------------------------------------------------

    private Validation validate(String file, byte[] json) {
        return validate(atlas.snapshot(), file, json);
    }

    /** A dataset checked against an atlas: its layers, and the places its datasets own. */
    static Validation validate(AtlasSnapshot snapshot, String file, byte[] json) {
        return DatasetValidator.validate(file, json, snapshot.layers(), OwnedPlaces.of(snapshot));
    }

    /** The bundle's dataset validated, or taken from the store by digest and checked against what is installed now. */
    private Validation validateOrReuse(Arrival arrival, String digest) {
        String file = arrival.path() + (arrival.bundle() ? "!/" + arrival.manifest().getValue(DatasetBundles.HEADER).strip() : "");
        Object known = reused(digest, DATASET);
        Validation validation = known instanceof DatasetDocument d
                ? new Validation(file, d, DatasetBundles.symbolicName(d.id()), DatasetBundles.bundleVersion(d.version()), List.of())
                : validate(file, arrival.json());
        if (validation.ok()) {
            remember(digest, validation.document());
        }
        return arrival.named(validation);
    }

    private DatasetDocument validDocument(String path, byte[] json) {
        Validation validation = validate(path, json);
        if (!validation.ok()) {
            throw new AtlasException(DatasetValidator.refusal(validation));
        }
        return validation.document();
    }

    /**
     * What the store holds for {@code digest}, if it still passes: a layer is checked by its content
     * alone, a dataset again against the layers and places installed now (only errors count).
     */
    private Object reused(String digest, String kind) {
        Object value = store.recent(digest);
        if (value == null) {
            byte[] form = store.validated(digest);
            try {
                value = form == null ? null : LAYER.equals(kind) ? ValidatedForm.decodeLayer(form) : ValidatedForm.decodeDataset(form);
            } catch (IOException | RuntimeException damaged) {
                return null; // only costs the time of validating again
            }
        }
        if (value instanceof DatasetDocument document && DATASET.equals(kind)) {
            AtlasSnapshot now = atlas.snapshot();
            for (Problem p : DatasetChecks.check(document, now.layers(), OwnedPlaces.of(now))) {
                if (p.isError()) {
                    return null;
                }
            }
            return document;
        }
        return value instanceof Layer && LAYER.equals(kind) ? value : null;
    }

    private void remember(String digest, Object value) {
        store.putValidated(digest, value, () -> value instanceof Layer layer
                ? ValidatedForm.encode(layer) : ValidatedForm.encode((DatasetDocument) value));
    }

    private Layer readLayer(Arrival arrival) {
        try {
            return LayerReader.read(arrival.json());
        } catch (FormatException e) {
            throw new AtlasException("'" + arrival.name() + "' holds a layer that cannot be read: " + e.getMessage());
        }
    }

    private static Layer readLayer(byte[] json) throws FormatException {
        return LayerReader.read(json);
    }

    private byte[] readEntry(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            throw new IOException("the bundle has no file '" + path + "' named by its manifest");
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxUnpackedBytes() + 1));
            if (bytes.length > limits.maxUnpackedBytes()) {
                throw new IOException("'" + path + "' is larger than " + IntakeLimits.size(limits.maxUnpackedBytes())
                        + " (setting " + IntakeLimits.MAX_UNPACKED + ")");
            }
            return bytes;
        }
    }

    // --- the rules that need the running atlas ---------------------------------------------------

    private void refuseIfReserved(String symbolicName) {
        String reserved = symbolicName == null ? null : admission.reserved(symbolicName);
        if (reserved != null) {
            throw new AtlasException(reserved);
        }
    }

    /**
     * A dataset id names one dataset: another bundle serving it already (the built-in map above
     * all) would make this one be ignored, so it is refused before anything is installed.
     */
    private void refuseTakenDatasetId(String id, String symbolicName, String file) {
        for (DatasetStatus d : atlas.snapshot().datasets()) {
            if (!d.id().equals(id) || d.bundle().equals(symbolicName)) {
                continue;
            }
            if (admission.owner(d.bundle()).isPresent()) {
                throw new AtlasException("'" + file + "' has dataset id '" + id + "', the id of the built-in map ("
                        + d.bundle() + "); give your dataset an id of its own");
            }
            throw new AtlasException("'" + file + "' has dataset id '" + id + "', which " + d.bundle() + " provides"
                    + " already; uninstall that (atlas:uninstall " + d.bundle() + ") or give your dataset an id of its own");
        }
    }

    /** Two files in deploy/ holding one dataset would replace each other at every scan: the second is refused. */
    private void refuseTwin(Path path, Optional<Bundle> existing, String id) {
        String from = existing.map(b -> b.getHeaders("").get(DatasetBundles.PACKED_FROM)).orElse(null);
        Path here = Path.of(origin(path));
        if (from != null && !from.equals(here.toString()) && Path.of(from).getParent().equals(here.getParent())
                && Files.exists(Path.of(from))) {
            throw new AtlasException("'" + path.getFileName() + "' holds dataset '" + id + "', which "
                    + Path.of(from).getFileName() + " in the same folder installed already; remove one of the two");
        }
    }

    // --- small helpers ----------------------------------------------------------------------------

    /** Remembers what is being installed, not complete until it has started; returns the record. */
    private Served rememberServed(Admitted admitted, Bundle bundle, String bundleDigest) {
        Served record = new Served(admitted.symbolicName(), revision(bundle), admitted.kind(), admitted.jsonDigest(),
                admitted.version(), bundle.getLocation(), bundleDigest, false);
        store.putServed(record);
        return record;
    }

    /** Names one revision of a bundle: both parts change with every install and update. */
    private static String revision(Bundle bundle) {
        return bundle.getBundleId() + "-" + bundle.getLastModified();
    }

    private static String version(Object value) {
        return value instanceof DatasetDocument d ? d.version() : "";
    }

    private Optional<Bundle> bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The bundle installed from {@code path}: a dataset file packed, or a bundle at that location. */
    private Optional<Bundle> installedFrom(Path path) {
        String from = origin(path);
        String location = Path.of(from).toUri().toString();
        for (Bundle b : context.getBundles()) {
            if (from.equals(b.getHeaders("").get(DatasetBundles.PACKED_FROM)) || location.equals(b.getLocation())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    static String origin(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
