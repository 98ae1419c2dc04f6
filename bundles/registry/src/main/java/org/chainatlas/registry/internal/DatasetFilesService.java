package org.chainatlas.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.registry.format.DataOnly;
import org.chainatlas.registry.format.DatasetBundles;
import org.chainatlas.registry.diff.DocumentDiff;
import org.chainatlas.registry.format.DatasetValidator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Checks and packs dataset files against the layers installed now. */
@Component(service = DatasetFiles.class)
public final class DatasetFilesService implements DatasetFiles {

    @Reference
    private Atlas atlas;

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
        try {
            if (lower.endsWith(".jar")) {
                return validateBundle(file);
            }
            return validate(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return failed(name, "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public Validation validate(String name, byte[] json) {
        AtlasSnapshot snapshot = atlas.snapshot();
        return DatasetValidator.validate(name, json, snapshot.layers(), OwnedPlaces.of(snapshot));
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

    private Validation validateBundle(Path file) throws IOException {
        String name = file.toString();
        try (JarFile jar = new JarFile(file.toFile())) {
            var manifest = jar.getManifest();
            String path = manifest == null ? null : manifest.getMainAttributes().getValue(DatasetBundles.HEADER);
            if (path == null) {
                return failed(name, "is not a dataset bundle: its manifest has no " + DatasetBundles.HEADER + " header");
            }
            String code = DataOnly.codeIn(manifest.getMainAttributes()::getValue,
                    jar.stream().anyMatch(e -> e.getName().endsWith(".class")));
            if (code != null) {
                return failed(name, "a dataset bundle must hold data only, but this one " + code);
            }
            ZipEntry entry = jar.getEntry(path.strip());
            if (entry == null) {
                return failed(name, "its manifest names " + path + ", which is not in the bundle");
            }
            Validation validation;
            try (InputStream in = jar.getInputStream(entry)) {
                validation = validate(name + "!/" + path.strip(), in.readAllBytes());
            }
            // A bundle is installed under its own name and version, not the ones a packed file would get.
            String symbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            return new Validation(validation.file(), validation.document(),
                    symbolicName == null ? validation.symbolicName() : symbolicName.split(";")[0].strip(),
                    version == null ? validation.bundleVersion() : version.strip(), validation.problems());
        } catch (java.util.zip.ZipException e) {
            return failed(name, "is not a readable jar: " + e.getMessage());
        }
    }

    private static Validation failed(String file, String message) {
        return new Validation(file, null, null, null, List.of(new Problem(Problem.Severity.ERROR, file, 0, 0, null, message)));
    }
}
