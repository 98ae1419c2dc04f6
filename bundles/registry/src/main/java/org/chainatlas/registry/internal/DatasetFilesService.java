package org.chainatlas.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.format.DatasetBundles;
import org.chainatlas.registry.diff.DocumentDiff;
import org.chainatlas.registry.format.DatasetValidator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Checks and packs dataset files against the layers installed now. */
@Component(service = DatasetFiles.class)
public final class DatasetFilesService implements DatasetFiles {

    @Reference
    private Atlas atlas;
    private IntakeLimits limits = IntakeLimits.DEFAULTS;

    @Activate
    void activate(BundleContext context) {
        limits = IntakeLimits.from(context::getProperty);
    }

    @Override
    public Validation validate(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return failed(name, "no such file; give the path of a dataset .json file or a dataset bundle .jar");
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) { // read as JSON it would only be "invalid JSON"
            return failed(name, "this is a landscape file (YAML), not a dataset; turn it into one with atlas:import "
                    + file.getFileName() + " --mapping MAP.json --out DATASET.json (help atlas:import)");
        }
        if (lower.endsWith(".jar")) {
            return validateBundle(file);
        }
        try {
            return validate(name, Arrival.read(file, limits).json());
        } catch (AtlasException e) {
            return failed(name, e.getMessage());
        }
    }

    @Override
    public Validation validate(String name, byte[] json) {
        return Intake.validate(atlas.snapshot(), name, json);
    }

    @Override
    public byte[] pack(String name, byte[] json) {
        Validation validation = validate(name, json);
        if (!validation.ok()) {
            throw new AtlasException(DatasetValidator.refusal(validation));
        }
        return DatasetBundles.pack(validation.document(), json);
    }

    @Override
    public byte[] write(org.chainatlas.api.model.DatasetDocument document) {
        return org.chainatlas.registry.format.DatasetWriter.write(document);
    }

    @Override
    public DatasetDiff diff(String nameA, DatasetDocument a, String nameB, DatasetDocument b) {
        return DocumentDiff.between(nameA, a, nameB, b);
    }

    /** A bundle is looked at as the intake would: within the limits, data only, then its JSON validated. */
    private Validation validateBundle(Path file) {
        String name = file.toString();
        Arrival arrival;
        try {
            arrival = Arrival.read(file, limits);
        } catch (AtlasException e) {
            return failed(name, e.getMessage());
        }
        String path = arrival.manifest().getValue(DatasetBundles.HEADER);
        if (path == null) {
            return failed(name, "is not a dataset bundle: its manifest has no " + DatasetBundles.HEADER + " header");
        }
        String notData = Admission.notData(arrival.manifest()::getValue, arrival.classes());
        if (notData != null) {
            return failed(name, "a dataset bundle must hold data only, but this one " + notData);
        }
        if (arrival.json() == null) {
            return failed(name, "its manifest names " + path.strip() + ", which is not in the bundle");
        }
        return arrival.named(validate(name + "!/" + path.strip(), arrival.json()));
    }

    private static Validation failed(String file, String message) {
        return new Validation(file, null, null, null, List.of(new Problem(Problem.Severity.ERROR, file, 0, 0, null, message)));
    }
}
