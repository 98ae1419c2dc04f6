package org.chainatlas.shell;

import static org.chainatlas.api.command.CommandSpec.Group.MAPS;
import static org.chainatlas.shell.Table.Column.left;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.command.Choice;
import org.chainatlas.api.command.Choices;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The atlas:* commands that look at the atlas as a whole: map (the architecture diagram), compare
 * (two regions side by side), formats and export (through the installed {@link Exporter}s, bound
 * dynamically so that a format appears or goes while the console runs). Conventions as in
 * {@link AtlasCommands}: words parsed against the declaration beside each command, one snapshot
 * per command, --json and --lang everywhere.
 */
@Component(service = {MapCommands.class, CommandFamily.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=map",
    "osgi.command.function=compare",
    "osgi.command.function=formats",
    "osgi.command.function=export",
})
public final class MapCommands implements CommandFamily {

    private final Atlas atlas;
    private final Lang defaultLang;
    private final Supplier<PrintStream> out;
    private final Function<String, String> environment;
    private final Exporters exporters = new Exporters();

    @Activate
    public MapCommands(@Reference(name = "atlas") Atlas atlas, BundleContext context) {
        this(atlas, Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()),
                () -> System.out, System::getenv);
    }

    MapCommands(Atlas atlas, Lang defaultLang, Supplier<PrintStream> out, Function<String, String> environment) {
        this.atlas = atlas;
        this.defaultLang = defaultLang;
        this.out = out;
        this.environment = environment;
    }

    @Reference(name = "exporters", service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeExporter")
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        exporters.add(exporter, properties);
    }

    void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(mapSpec(atlas::snapshot), compareSpec(atlas::snapshot), formatsSpec(), exportSpec(atlas::snapshot));
    }

    static CommandSpec mapSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "map", MAPS,
                Text.of("在终端里画出生态架构图", "the ecosystem architecture diagram in the terminal"),
                Text.of("画出生态架构：各层为横带，顶层在上，每层带其数字、类别与已命名条目",
                        "draw the ecosystem architecture: the layers as bands, top layer first, each with its figures,"
                                + " categories and named entries"),
                List.of(Common.region(snapshot), Common.layer(snapshot),
                        Option.value("--width", "N", Text.of("绘制的列数，" + MapRenderer.MIN_WIDTH + " 到 " + MapRenderer.MAX_WIDTH,
                                "columns to draw in, " + MapRenderer.MIN_WIDTH + " to " + MapRenderer.MAX_WIDTH))
                                .byDefault("the terminal's width, else COLUMNS, else " + TerminalWidth.DEFAULT),
                        Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:map", Text.of("整幅架构图", "the whole diagram")),
                        new Example("atlas:map --layer service --width 100", Text.of("服务层，100 列宽", "the service layer, 100 columns wide"))));
    }

    public void map(CommandSession session, Object... typed) {
        Once<AtlasSnapshot> snapshot = new Once<>(atlas::snapshot);
        Common.run(mapSpec(snapshot), defaultLang, out.get(), typed, words -> {
            int columns = TerminalWidth.of(words.value("--width"), session, environment);
            Output output = Common.output(words, out.get());
            ArchitectureMap map = ArchitectureMap.of(narrow(snapshot.get(), words.value("--region"), words.value("--layer")));
            output.print(() -> MapJson.map(map), () -> new MapRenderer(output.lang(), columns).render(map));
        });
    }

    static CommandSpec compareSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "compare", MAPS,
                Text.of("两个区域并排对照", "two regions side by side"),
                Text.of("并排对照两个区域：每层每类别的报告数、已命名数与覆盖率，以及两地共有的机构",
                        "compare two regions side by side: reported, named and coverage per layer and category,"
                                + " and the organisations found in both"),
                List.of(Common.json(), Common.lang()),
                Operands.of("A B", Text.of("两个区域：数据集编号，或地区的编号、GB/T 2260 代码或名称",
                        "two regions: dataset ids, or places' ids, GB/T 2260 codes or names"), 2, 2).choices(Common.regions(snapshot)),
                List.of(new Example("atlas:compare yrd-2022 example-illustrative", Text.of("两个数据集并排", "two datasets side by side")),
                        new Example("atlas:compare 310000 330000 --lang zh", Text.of("上海与浙江，中文", "Shanghai and Zhejiang, in Chinese"))));
    }

    public void compare(Object... typed) {
        Once<AtlasSnapshot> snapshot = new Once<>(atlas::snapshot);
        Common.run(compareSpec(snapshot), defaultLang, out.get(), typed, words -> {
            List<String> regions = words.operands();
            if (regions.size() != 2) {
                throw new AtlasException(words.lang() == Lang.ZH
                        ? "atlas:compare 需要两个区域，例如 atlas:compare yrd example-illustrative；atlas:datasets 列出区域"
                        : "atlas:compare takes two regions, got " + regions.size()
                                + ", e.g. atlas:compare yrd example-illustrative; atlas:datasets lists the regions");
            }
            Output output = Common.output(words, out.get());
            Comparison comparison = Comparison.of(snapshot.get(), regions.get(0), regions.get(1));
            output.print(() -> MapJson.compare(comparison),
                    () -> new CompareRenderer(output.lang(), Lookup.of(snapshot.get())).render(comparison));
        });
    }

    static CommandSpec formatsSpec() {
        return new CommandSpec("atlas", "formats", MAPS,
                Text.of("已安装的导出格式", "the installed export formats"),
                Text.of("列出已安装的导出格式：格式、扩展名与用途", "list the installed export formats: format, file extension and what it is for"),
                List.of(Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:formats", Text.of("可用的格式", "the formats there are")),
                        new Example("atlas:formats --json", Text.of("同上，JSON 格式", "the same, as JSON"))));
    }

    public void formats(Object... typed) {
        Common.run(formatsSpec(), defaultLang, out.get(), typed, words -> {
            Output output = Common.output(words, out.get());
            List<Exporter> installed = exporters.installed();
            output.print(() -> MapJson.formats(installed), () -> {
                if (installed.isEmpty()) {
                    return List.of(Labels.NO_EXPORTERS.get(output.lang()));
                }
                Table table = Table.of(left(Labels.FORMAT.get(output.lang())), left(Labels.EXTENSION.get(output.lang())),
                        left(Labels.DESCRIPTION.get(output.lang())));
                installed.forEach(e -> table.row(e.format(), e.extension(),
                        e.description() == null ? "" : e.description().get(output.lang())));
                return table.render();
            });
        });
    }

    CommandSpec exportSpec(Supplier<AtlasSnapshot> snapshot) {
        Choices formats = Choices.open(Text.of("格式", "format"), Text.of("格式", "formats"), () -> exporters.installed().stream()
                .map(e -> new Choice(e.format(), e.description())).toList());
        return new CommandSpec("atlas", "export", MAPS,
                Text.of("把图谱导出为文件", "the atlas to a file"),
                Text.of("把图谱（或其中一个区域、一层）导出为某种已安装格式的文件；文件要么完整写出，要么不写",
                        "export the atlas (or a region or layer of it) to a file in one of the installed formats;"
                                + " the file appears whole or not at all"),
                List.of(Option.value("--format", "FORMAT", Text.of("格式（见 atlas:formats）", "the format (see atlas:formats)"))
                                .choices(formats),
                        Option.value("--out", "FILE", Text.of("要写的文件，相对于控制台的当前目录",
                                "the file to write, relative to the console's current directory")).kind(Option.Kind.FILE),
                        Common.region(snapshot), Common.layer(snapshot),
                        Common.force(Text.of("FILE 已存在时替换它", "replace FILE if it exists")),
                        Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:export --format svg --out map.svg", Text.of("整幅图谱导出为 SVG", "the whole atlas as SVG")),
                        new Example("atlas:export --format csv --out base.csv --layer base --lang zh",
                                Text.of("底层导出为 CSV，中文", "the base layer as CSV, in Chinese"))));
    }

    public void export(CommandSession session, Object... typed) {
        Once<AtlasSnapshot> whole = new Once<>(atlas::snapshot);
        Common.run(exportSpec(whole), defaultLang, out.get(), typed, words -> {
            if (!words.has("--format")) {
                List<String> formats = exporters.installed().stream().map(Exporter::format).toList();
                throw new AtlasException("atlas:export needs --format; " + (formats.isEmpty()
                        ? "no exporter is installed" : "formats: " + String.join(", ", formats)));
            }
            Exporter exporter = exporters.get(words.value("--format"));
            String given = words.value("--out");
            if (given == null) {
                throw new AtlasException("atlas:export needs --out and a file to write, e.g. atlas:export --format "
                        + exporter.format() + " --out map." + exporter.extension());
            }
            export(session, words, exporter, given, narrow(whole.get(), words.value("--region"), words.value("--layer")));
        });
    }

    private void export(CommandSession session, org.chainatlas.api.command.Words words, Exporter exporter, String given,
                        AtlasSnapshot snapshot) {
        boolean force = words.has("--force");
        Lang language = words.lang();
        Path target = writable(SessionFiles.resolve(session, given), given, force);
        long bytes;
        try {
            bytes = ExportFile.write(target, force, stream -> exporter.export(snapshot, language, stream));
        } catch (FileAlreadyExistsException e) {
            throw new AtlasException(given + " already exists; give --force to replace it");
        } catch (IOException | RuntimeException e) {
            throw new AtlasException("the " + exporter.format() + " export failed (" + e.getMessage() + "); "
                    + given + (force && Files.exists(target) ? " is unchanged" : " was not written"));
        }
        List<String> datasets = snapshot.datasets().stream().map(DatasetStatus::id).toList();
        int layers = snapshot.layers().size();
        int entries = snapshot.entries().size();
        PrintStream print = out.get();
        print.println(words.json() ? JsonMapper.toJson(MapJson.export(exporter.format(), given, bytes, datasets, layers, entries))
                : wrote(language, exporter.format(), datasets, layers, entries, given, bytes));
        print.flush();
    }

    /** The file to write, or a sentence saying why it cannot be written. */
    private static Path writable(Path target, String given, boolean force) {
        if (Files.isDirectory(target)) {
            throw new AtlasException(given + " is a folder; give the name of a file to write");
        }
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new AtlasException("cannot write " + given + ": there is no folder " + folder);
        }
        if (Files.exists(target) && !force) {
            throw new AtlasException(given + " already exists; give --force to replace it");
        }
        return target;
    }

    /** "wrote svg export of yrd-2022 (4 layers, 35 entries) to map.svg (123 KB)". */
    static String wrote(Lang lang, String format, List<String> datasets, int layers, int entries, String file, long bytes) {
        if (lang == Lang.ZH) {
            String of = datasets.isEmpty() ? "图谱（无数据集）" : String.join("、", datasets);
            return "已将 " + of + " 导出为 " + format + "（" + layers + " 层，" + entries + " 个条目）："
                    + file + "（" + size(bytes, lang) + "）";
        }
        String of = datasets.isEmpty() ? "the atlas (no dataset)" : String.join(", ", datasets);
        return "wrote " + format + " export of " + of + " (" + layers + (layers == 1 ? " layer, " : " layers, ")
                + entries + (entries == 1 ? " entry" : " entries") + ") to " + file + " (" + size(bytes, lang) + ")";
    }

    /** "812 bytes", "123 KB", "4.2 MB" (1 KB = 1024 bytes). */
    static String size(long bytes, Lang lang) {
        if (bytes < 1024) {
            return bytes + (lang == Lang.ZH ? " 字节" : bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The snapshot narrowed to a region first, then to a layer; either may be absent. */
    static AtlasSnapshot narrow(AtlasSnapshot snapshot, String region, String layer) {
        AtlasSnapshot narrowed = snapshot;
        if (region != null && !region.isBlank()) {
            narrowed = narrowed.region(region.strip());
        }
        if (layer != null && !layer.isBlank()) {
            narrowed = narrowed.onlyLayer(layer.strip());
        }
        return narrowed;
    }

}
