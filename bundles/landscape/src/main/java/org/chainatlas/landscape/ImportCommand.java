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
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Validation;
import org.chainatlas.api.command.Choice;
import org.chainatlas.api.command.Choices;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandLine;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.HelpPage;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.command.Words;
import org.chainatlas.api.io.WholeFile;
import org.chainatlas.api.model.Text;
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
@Component(service = {ImportCommand.class, CommandFamily.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=import",
})
public final class ImportCommand implements CommandFamily {
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

    @Override
    public List<CommandSpec> commands() {
        return List.of(SPEC);
    }

    /** Declared once for the parser, help and completion (org.chainatlas.api.command). */
    static final CommandSpec SPEC = new CommandSpec("atlas", "import", CommandSpec.Group.DATASETS,
            Text.of("把 landscape 文件转成数据集文件", "a landscape file into a dataset file"),
            Text.of("把 landscape 文件（landscapeapp 的 landscape.yml 或 landscape2 的 data.yml）转成数据集文件；映射文件指定每个“类别 / 子类别”归入哪一层与哪些类别",
                    "turn a landscape file (landscapeapp landscape.yml or landscape2 data.yml) into a dataset file;"
                            + " a mapping file says which layer and categories each \"Category / Subcategory\" goes to"),
            List.of(file("--mapping", "MAP.json", Text.of("每个“类别 / 子类别”对应的层与类别", "layer and categories for each \"Category / Subcategory\"")),
                    file("--write-mapping", "MAP.json", Text.of("写出映射模板（列出每个子类别与各层的类别），不导入",
                            "write MAP.json, a mapping template listing every subcategory and the layers' categories, and import nothing")),
                    Option.value("--id", "ID", Text.of("数据集编号", "the dataset id")).byDefault("the file's name as an id"),
                    Option.value("--region", "PLACE", Text.of("数据集覆盖的地区编号（已安装地区沿用其名称）",
                            "the id of the place the dataset covers (an installed place's id reuses its name)")).byDefault(DatasetBuilder.DEFAULT_REGION),
                    file("--out", "DATASET.json", Text.of("要写的数据集文件", "the dataset file to write")),
                    Option.flag("--force", Text.of("--out 或 --write-mapping 的文件已存在时替换它", "replace the --out or --write-mapping file if it exists")),
                    Option.flag("--json", Text.of("（为统一而接受；输出总是文字）", "accepted for uniformity; the output is always text")),
                    Option.value("--lang", "LANG", Text.of("消息的语言：zh 或 en", "language of messages: zh or en"))
                            .choices(Choices.closed(Text.of("语言", "language"), Text.of("语言", "languages"),
                                    () -> List.of(Choice.of("zh"), Choice.of("en"))))),
            Operands.of("FILE", Text.of("landscape 文件", "the landscape file"), 1, 1).asFiles(),
            List.of(new Example("atlas:import landscape.yml --write-mapping map.json", Text.of("写出映射模板", "write the mapping template")),
                    new Example("atlas:import landscape.yml --mapping map.json --out landscape.json", Text.of("导入为数据集文件", "import as a dataset file"))));

    private static Option file(String name, String value, Text help) {
        return Option.value(name, value, help).kind(Option.Kind.FILE);
    }

    public void _import(CommandSession session, Object... typed) {
        Words words = CommandLine.parse(SPEC, language(""), typed);
        PrintStream print = out.get();
        if (words.help()) {
            HelpPage.render(SPEC, words.lang()).forEach(print::println);
            print.flush();
            return;
        }
        if (words.operands().size() != 1) {
            throw new AtlasException("atlas:import takes one landscape file, e.g. atlas:import landscape.yml --mapping map.json --out landscape.json");
        }
        importFile(session, words, words.operands().get(0));
    }

    private void importFile(CommandSession session, Words words, String given) {
        String mapping = orEmpty(words.value("--mapping"));
        String writeMapping = orEmpty(words.value("--write-mapping"));
        String output = orEmpty(words.value("--out"));
        String id = orEmpty(words.value("--id"));
        String region = orEmpty(words.value("--region"));
        boolean force = words.has("--force");
        Lang language = words.lang();
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

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
