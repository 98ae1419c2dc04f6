package org.chainatlas.landscape;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Validation;
import org.chainatlas.api.io.WholeFile;
import org.chainatlas.api.model.Ids;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code atlas:import}: a landscape file (landscapeapp / landscape2 YAML) and a mapping of its
 * subcategories to the installed layers, written as a dataset file that validates, packs and
 * installs like any other. The Java method is {@code _import} because {@code import} is a Java
 * keyword; Gogo looks a keyword command up under that name.
 */
@Component(service = ImportCommand.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=import",
})
public final class ImportCommand {
    /** The framework property holding the default language, as the shell reads it. */
    static final String LANG_PROPERTY = "chainatlas.lang";

    private final Atlas atlas;
    private final DatasetFiles files;
    private final String defaultLang;
    private final Supplier<PrintStream> out;

    @Activate
    public ImportCommand(@Reference(name = "atlas") Atlas atlas, @Reference(name = "files") DatasetFiles files, BundleContext context) {
        this(atlas, files, context.getProperty(LANG_PROPERTY), () -> System.out);
    }

    ImportCommand(Atlas atlas, DatasetFiles files, String defaultLang, Supplier<PrintStream> out) {
        this.atlas = atlas;
        this.files = files;
        this.defaultLang = defaultLang;
        this.out = out;
    }

    @Descriptor("turn a landscape file (landscapeapp landscape.yml or landscape2 data.yml) into a dataset file;"
            + " a mapping file says which layer and categories each \"Category / Subcategory\" goes to")
    public void _import(CommandSession session,
            @Descriptor("MAP.json: layer and categories for each \"Category / Subcategory\"")
            @Parameter(names = "--mapping", absentValue = "") String mapping,
            @Descriptor("write MAP.json, a mapping template listing every subcategory and the layers' categories, and import nothing")
            @Parameter(names = "--write-mapping", absentValue = "") String writeMapping,
            @Descriptor("the dataset id (default: the file's name as an id, e.g. landscape for landscape.yml)")
            @Parameter(names = "--id", absentValue = "") String id,
            @Descriptor("the id of the place the dataset covers (default: global, named Global; an installed place's id reuses its name)")
            @Parameter(names = "--region", absentValue = "") String region,
            @Descriptor("DATASET.json: the dataset file to write")
            @Parameter(names = "--out", absentValue = "") String output,
            @Descriptor("replace the --out or --write-mapping file if it exists")
            @Parameter(names = "--force", presentValue = "true", absentValue = "false") boolean force,
            @Descriptor("language of messages: zh or en")
            @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("the landscape file") String... file) {
        String[] words = file == null ? new String[0] : file;
        for (String word : words) {
            if (word.startsWith("--")) {
                throw new AtlasException("unknown option '" + word + "' for atlas:import;"
                        + " options: --mapping, --write-mapping, --id, --region, --out, --force, --lang");
            }
        }
        if (words.length != 1) {
            throw new AtlasException("atlas:import takes one landscape file, e.g. atlas:import landscape.yml --mapping map.json --out landscape.json");
        }
        Lang language = language(lang);
        String given = file[0];
        if (writeMapping.isEmpty() == output.isEmpty()) {
            throw new AtlasException("atlas:import needs either --out DATASET.json to import " + given
                    + " or --write-mapping MAP.json to write a mapping template for it");
        }
        AtlasSnapshot snapshot = atlas.snapshot();
        Landscape landscape = LandscapeReader.read(given, read(resolve(session, given), given));
        Mapping known = mapping.isEmpty() ? Mapping.none()
                : Mapping.read(mapping, read(resolve(session, mapping), mapping), snapshot.layers());
        PrintStream print = out.get();
        if (!writeMapping.isEmpty()) {
            write(resolve(session, writeMapping), writeMapping, force,
                    MappingTemplate.write(landscape, known, snapshot.layers()).getBytes(StandardCharsets.UTF_8));
            int open = known.unmapped(landscape.paths()).size();
            print.println(language == Lang.ZH
                    ? "已写入 " + writeMapping + "：" + landscape.paths().size() + " 个子类别，" + open + " 个待映射；填写其 layer 与 categories，然后运行 atlas:import "
                            + given + " --mapping " + writeMapping + " --out DATASET.json"
                    : "wrote " + writeMapping + ": " + landscape.paths().size() + " subcategories, " + open + " to map; fill in their layer"
                            + " and categories, then atlas:import " + given + " --mapping " + writeMapping + " --out DATASET.json");
            print.flush();
            return;
        }
        DatasetBuilder.Result result = new DatasetBuilder(snapshot.layers(), snapshot.places())
                .build(landscape, known, !mapping.isEmpty(), datasetId(id, given), placeId(region));
        byte[] json = files.write(result.document());
        Validation validation = files.validate(output, json);
        if (!validation.ok()) {
            throw new AtlasException("the dataset made from " + given + " is not valid, so " + output + " was not written: "
                    + validation.problems().stream().filter(p -> p.isError()).findFirst().orElseThrow().message());
        }
        write(resolve(session, output), output, force, json);
        result.warnings().forEach(w -> print.println("warning: " + w));
        validation.problems().forEach(p -> print.println(p.toString()));
        var document = result.document();
        long layers = document.entries().stream().map(e -> e.layer()).distinct().count();
        print.println(language == Lang.ZH
                ? "已将 " + given + " 的 " + result.items() + " 个条目导入数据集 " + document.id() + " " + document.version() + "：" + layers
                        + " 个层中 " + document.entries().size() + " 个条目，已写入 " + output + "；用 atlas:install " + output + " 安装"
                : "imported " + result.items() + " items of " + given + " as dataset " + document.id() + " " + document.version() + ": "
                        + document.entries().size() + " entries in " + layers + (layers == 1 ? " layer" : " layers") + ", written to "
                        + output + "; install it with atlas:install " + output);
        print.flush();
    }

    /** --lang, else the configured default, else the locale, as the shell's commands choose. */
    private Lang language(String option) {
        String value = option.isEmpty() ? defaultLang : option;
        try {
            return value == null || value.isBlank() ? Lang.of(Locale.getDefault()) : Lang.parse(value);
        } catch (IllegalArgumentException e) {
            if (option.isEmpty()) { // a bad configured default must not break the command
                return Lang.of(Locale.getDefault());
            }
            throw new AtlasException(e.getMessage());
        }
    }

    /** --id, else the landscape file's name without its extension, as an id. */
    static String datasetId(String option, String file) {
        if (!option.isEmpty()) {
            return validId(option, "--id");
        }
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Slugs.slug(name, "landscape");
    }

    private static String placeId(String option) {
        return option.isEmpty() ? DatasetBuilder.DEFAULT_REGION : validId(option, "--region");
    }

    private static String validId(String value, String option) {
        if (!Ids.valid(value)) {
            throw new AtlasException(option + " '" + value + "' is not a valid id: use 1-80 lowercase letters, digits and inner '-', '.' or '_', never two dots in a row");
        }
        return value;
    }

    /** Relative paths are resolved against the session's current directory, as the other atlas:* commands do. */
    private static Path resolve(CommandSession session, String file) {
        Path path = Path.of(file);
        Path base = session == null || path.isAbsolute() ? null : session.currentDir();
        return base == null ? path.toAbsolutePath() : base.resolve(path).normalize();
    }

    private static String read(Path path, String given) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AtlasException("no file '" + given + "'; give the path of a file that exists");
        } catch (MalformedInputException e) {
            throw new AtlasException(given + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new AtlasException("cannot read " + given + ": " + e.getMessage());
        }
    }

    /**
     * Written aside and moved into place ({@link WholeFile}): a full disk or a kill never leaves a
     * half file or destroys the one there was, and --force replaces a regular file, nothing else.
     */
    private static void write(Path path, String given, boolean force, byte[] bytes) {
        try {
            WholeFile.write(path, force, out -> out.write(bytes));
        } catch (WholeFile.NotARegularFileException e) {
            throw new AtlasException(given + " is not a regular file (a link, folder, FIFO or device), which atlas:import never"
                    + " replaces; give the name of a file to write");
        } catch (FileAlreadyExistsException e) {
            throw new AtlasException(given + " already exists; give --force to replace it");
        } catch (IOException e) {
            throw new AtlasException("cannot write " + given + " (" + reason(e, path) + "); "
                    + (Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? given + " is unchanged" : "nothing was written"));
        }
    }

    /** Why a write failed, without the name of the temporary file it failed on. */
    private static String reason(IOException e, Path path) {
        if (e instanceof NoSuchFileException) {
            return "there is no folder " + path.getParent();
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to write in " + path.getParent();
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }
}
