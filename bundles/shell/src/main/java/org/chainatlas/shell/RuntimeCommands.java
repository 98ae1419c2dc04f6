package org.chainatlas.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller;
import org.chainatlas.api.AtlasInstaller.InstallOption;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.command.Words;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The atlas:* commands that change the map while it runs: validate, pack, install, uninstall.
 * Relative paths are resolved against the session's current directory, as Gogo's own commands do.
 */
@Component(service = {RuntimeCommands.class, CommandFamily.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=validate",
    "osgi.command.function=pack",
    "osgi.command.function=install",
    "osgi.command.function=uninstall",
})
public final class RuntimeCommands implements CommandFamily {

    private final DatasetFiles files;
    private final AtlasInstaller installer;
    private final Lang defaultLang;
    private final Supplier<PrintStream> out;

    @Activate
    public RuntimeCommands(@Reference(name = "files") DatasetFiles files,
                           @Reference(name = "installer") AtlasInstaller installer, BundleContext context) {
        this(files, installer, Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()),
                () -> System.out);
    }

    RuntimeCommands(DatasetFiles files, AtlasInstaller installer, Lang defaultLang, Supplier<PrintStream> out) {
        this.files = files;
        this.installer = installer;
        this.defaultLang = defaultLang;
        this.out = out;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(VALIDATE, PACK, INSTALL, UNINSTALL);
    }

    static final CommandSpec VALIDATE = new CommandSpec("atlas", "validate", CommandSpec.Group.DATASETS,
            Text.of("检查数据集文件，不安装", "check a dataset file, installing nothing"),
            Text.of("对照数据格式与已安装的层检查数据集文件（.json）或数据集 bundle（.jar），不安装任何东西；每个问题都带 文件:行:列 与 JSON 路径",
                    "check a dataset file (.json) or dataset bundle (.jar) against the schema and the installed layers,"
                            + " installing nothing; prints every problem with file:line:column and JSON path"),
            List.of(Common.json(), Common.lang()),
            Operands.of("FILE", Text.of("要检查的文件", "the file to check"), 1, 1).asFiles(),
            List.of(new Example("atlas:validate examples/dataset-example.json", Text.of("检查示例数据集", "check the example dataset")),
                    new Example("atlas:validate region.jar --json", Text.of("检查一个 bundle，JSON 格式", "check a bundle, as JSON"))));

    public void validate(CommandSession session, Object... typed) {
        Common.run(VALIDATE, defaultLang, out.get(), typed, words -> {
            String given = oneFile(words, "region.json");
            Path path = SessionFiles.resolve(session, given);
            Validation validation = asGiven(files.validate(path), path.toString(), given);
            PrintStream print = out.get();
            if (words.json()) {
                print.println(JsonMapper.toJson(JsonMapper.validation(validation)));
            } else {
                validation.problems().forEach(p -> print.println(p.toString()));
                print.println(summary(validation, words.lang()));
            }
            print.flush();
            if (!validation.ok()) {
                throw new AtlasException(words.lang() == Lang.ZH
                        ? given + " 不是有效的数据集：" + validation.errors() + " 个错误（见上）"
                        : given + " is not a valid dataset: " + validation.errors()
                                + (validation.errors() == 1 ? " error" : " errors") + " (listed above)");
            }
        });
    }

    static final CommandSpec PACK = new CommandSpec("atlas", "pack", CommandSpec.Group.DATASETS,
            Text.of("把数据集文件打包成只含数据的 bundle", "a dataset file into a data-only bundle"),
            Text.of("把数据集文件打包成任何 OSGi 框架都能安装的只含数据的 bundle（符号名 chainatlas.dataset.<编号>，版本取自数据集）",
                    "pack a dataset file into a data-only bundle any OSGi framework can install"
                            + " (symbolic name chainatlas.dataset.<id>, version from the dataset)"),
            List.of(Common.force(Text.of("OUT.jar 已存在时替换它", "replace OUT.jar if it exists")), Common.json(), Common.lang()),
            Operands.of("FILE.json OUT.jar", Text.of("数据集文件与要写的 bundle", "the dataset file and the bundle to write"), 2, 2)
                    .asFiles(),
            List.of(new Example("atlas:pack region.json region.jar", Text.of("打包一个数据集", "pack a dataset")),
                    new Example("atlas:pack region.json region.jar --force", Text.of("替换已有的 region.jar", "replace region.jar"))));

    public void pack(CommandSession session, Object... typed) {
        Common.run(PACK, defaultLang, out.get(), typed, words -> {
            List<String> paths = words.operands();
            if (paths.size() != 2) {
                throw new AtlasException(words.lang() == Lang.ZH ? "atlas:pack 需要数据集文件与要写的 bundle，例如 atlas:pack region.json region.jar"
                        : "atlas:pack takes a dataset file and the bundle to write, e.g. atlas:pack region.json region.jar");
            }
            Path jar = SessionFiles.resolve(session, paths.get(1));
            pack(SessionFiles.resolve(session, paths.get(0)), paths.get(0), jar, paths.get(1), words.has("--force"));
            Validation validation = files.validate(jar);
            PrintStream print = out.get();
            print.println(words.json() ? JsonMapper.toJson(JsonMapper.packed(validation.symbolicName(), validation.bundleVersion(),
                    paths.get(1), validation.document().entries().size()))
                    : words.lang() == Lang.ZH ? "已将 " + validation.symbolicName() + " " + validation.bundleVersion() + " 打包为 "
                            + paths.get(1) + "（" + validation.document().entries().size() + " 个条目）"
                    : "packed " + validation.symbolicName() + " " + validation.bundleVersion() + " into " + paths.get(1)
                            + " (" + validation.document().entries().size() + " entries)");
            print.flush();
        });
    }

    private void pack(Path json, String jsonGiven, Path jar, String jarGiven, boolean force) {
        if (Files.exists(jar) && !force) {
            throw new AtlasException(jarGiven + " already exists; give --force to replace it");
        }
        try {
            byte[] bytes = files.pack(jsonGiven, Files.readAllBytes(json));
            // Written aside and moved into place, as exports are: a full disk never destroys the jar that was there.
            ExportFile.write(jar, force, stream -> stream.write(bytes));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new AtlasException(jarGiven + " already exists; give --force to replace it");
        } catch (IOException e) {
            throw new AtlasException("cannot pack " + jsonGiven + " into " + jarGiven + ": " + e.getMessage());
        }
    }

    static final CommandSpec INSTALL = new CommandSpec("atlas", "install", CommandSpec.Group.DATASETS,
            Text.of("安装或更新数据集或层", "install or update a dataset or a layer"),
            Text.of("安装并启动数据集文件（.json）或 bundle（.jar），已安装的则更新它；显示图谱中的变化",
                    "install and start a dataset file (.json) or a bundle (.jar), or update it if it is installed;"
                            + " prints what changed in the atlas"),
            List.of(Option.flag("--allow-code", Text.of("允许带代码的 bundle（例如导出器）；没有它只安装层与数据集这类纯数据",
                            "let in a bundle that carries code (an exporter, say); without it only layers and datasets,"
                                    + " which are data, are installed")), Common.json(), Common.lang()),
            Operands.of("FILE", Text.of("要安装的文件", "the file to install"), 1, 1).asFiles(),
            List.of(new Example("atlas:install examples/dataset-example.json", Text.of("安装示例数据集", "install the example dataset")),
                    new Example("atlas:install exporter.jar --allow-code", Text.of("安装带代码的 bundle", "install a bundle with code"))));

    public void install(CommandSession session, Object... typed) {
        Common.run(INSTALL, defaultLang, out.get(), typed, words -> {
            String given = oneFile(words, "region.json");
            Path path = SessionFiles.resolve(session, given);
            List<AtlasChange> changes = installer.install(path,
                    words.has("--allow-code") ? Set.of(InstallOption.ALLOW_CODE) : Set.of());
            printChanges(session, words, changes, Text.of("没有变化：" + given + " 已经安装", "nothing changed: " + given + " is installed already"));
        });
    }

    static final CommandSpec UNINSTALL = new CommandSpec("atlas", "uninstall", CommandSpec.Group.DATASETS,
            Text.of("卸载数据集或 bundle", "uninstall a dataset or a bundle"),
            Text.of("按数据集编号卸载数据集，或按符号名卸载 bundle；显示图谱中的变化",
                    "uninstall a dataset (by dataset id) or a bundle (by symbolic name); prints what changed in the atlas"),
            List.of(Common.json(), Common.lang()),
            Operands.of("ID", Text.of("数据集编号（见 atlas:datasets）或 bundle 符号名（见 lb -s）",
                    "a dataset id (see atlas:datasets) or a bundle symbolic name (see lb -s)"), 1, 1),
            List.of(new Example("atlas:uninstall example-illustrative", Text.of("卸载示例数据集", "uninstall the example dataset")),
                    new Example("atlas:uninstall example-illustrative --json", Text.of("同上，JSON 格式", "the same, as JSON"))));

    public void uninstall(CommandSession session, Object... typed) {
        Common.run(UNINSTALL, defaultLang, out.get(), typed, words -> {
            if (words.operands().size() != 1) {
                throw new AtlasException(words.lang() == Lang.ZH ? "atlas:uninstall 需要一个数据集编号或 bundle 符号名；atlas:datasets 列出它们"
                        : "atlas:uninstall takes one dataset id or bundle symbolic name; atlas:datasets lists them");
            }
            printChanges(session, words, installer.uninstall(words.operands().get(0)), Text.of("图谱没有变化", "nothing changed in the atlas"));
        });
    }

    private void printChanges(CommandSession session, Words words, List<AtlasChange> changes, Text none) {
        PrintStream print = out.get();
        if (words.json()) {
            ConsoleNotifications.printedByCommand(session, changes);
            print.println(JsonMapper.toJson(JsonMapper.changes(changes)));
            print.flush();
        } else {
            printChanges(session, print, changes, words.lang(), none.get(words.lang()));
        }
    }

    /**
     * What changed in the atlas, one line each, or {@code none}; the console's live notifications
     * then leave these out, so a change made here is told once.
     */
    static void printChanges(CommandSession session, PrintStream print, List<AtlasChange> changes, Lang lang, String none) {
        ConsoleNotifications.printedByCommand(session, changes);
        if (changes.isEmpty()) {
            print.println(none);
        }
        changes.forEach(c -> print.println(c.summary().get(lang)));
        print.flush();
    }

    private static String oneFile(Words words, String example) {
        if (words.operands().size() != 1) {
            String command = words.spec().qualified();
            throw new AtlasException(words.lang() == Lang.ZH ? command + " 需要一个文件，例如 " + command + " " + example
                    : command + " takes one file, e.g. " + command + " " + example);
        }
        return words.operands().get(0);
    }

    /** Names the file as the user wrote it, not as the resolved absolute path. */
    private static Validation asGiven(Validation v, String resolved, String given) {
        List<Problem> problems = v.problems().stream()
                .map(p -> p.file() != null && p.file().startsWith(resolved)
                        ? p.at(given + p.file().substring(resolved.length()), p.line(), p.column()) : p)
                .toList();
        return new Validation(given, v.document(), v.symbolicName(), v.bundleVersion(), problems);
    }

    private static String summary(Validation v, Lang lang) {
        String counts = lang == Lang.ZH
                ? v.errors() + " 个错误，" + v.warnings() + " 个警告"
                : v.errors() + (v.errors() == 1 ? " error, " : " errors, ") + v.warnings() + (v.warnings() == 1 ? " warning" : " warnings");
        String verdict = v.ok() ? (lang == Lang.ZH ? "有效" : "valid") : (lang == Lang.ZH ? "无效" : "not valid");
        String what = v.document() == null ? "" : (lang == Lang.ZH
                ? "（数据集 " + v.document().id() + " " + v.document().version() + "，" + v.document().entries().size() + " 个条目）"
                : " (dataset " + v.document().id() + " " + v.document().version() + ", " + v.document().entries().size() + " entries)");
        return v.file() + ": " + counts + " — " + verdict + what;
    }
}
