package org.chainatlas.shell;

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
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Lang;
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
 * {@link AtlasCommands}: options first, the trailing words checked by {@link Arguments}, one
 * snapshot per command, --json and --lang everywhere.
 */
@Component(service = MapCommands.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=map",
    "osgi.command.function=compare",
    "osgi.command.function=formats",
    "osgi.command.function=export",
})
public final class MapCommands {

    private static final String JSON = "print JSON for scripts instead of text for people";
    private static final String LANG = "language of names and labels: zh or en"
            + " (default: framework property chainatlas.lang, else the locale)";
    private static final String NOTHING = "none: any other word is an error that names the valid options";
    static final String REGION = "only this region: a dataset id, or a place's id, GB/T 2260 code or name"
            + " (see atlas:datasets, atlas:places)";
    private static final String LAYER = "only this layer: a layer id, e.g. base, middle, application, service"
            + " (see atlas:layers)";

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

    @Descriptor("draw the ecosystem architecture: the layers as bands, top layer first, each with its figures,"
            + " categories and named entries")
    public void map(CommandSession session,
            @Descriptor(REGION) @Parameter(names = "--region", absentValue = "") String region,
            @Descriptor(LAYER) @Parameter(names = "--layer", absentValue = "") String layer,
            @Descriptor("columns to draw in, " + MapRenderer.MIN_WIDTH + " to " + MapRenderer.MAX_WIDTH
                    + " (default: the terminal's width, else COLUMNS, else " + TerminalWidth.DEFAULT + ")")
            @Parameter(names = "--width", absentValue = "") String width,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone(MapCommands.class, "map", rest);
        int columns = TerminalWidth.of(width, session, environment);
        Output output = output(json, lang);
        ArchitectureMap map = ArchitectureMap.of(narrow(atlas.snapshot(), region, layer));
        output.print(() -> MapJson.map(map), () -> new MapRenderer(output.lang(), columns).render(map));
    }

    @Descriptor("compare two regions side by side: reported, named and coverage per layer and category,"
            + " and the organisations found in both")
    public void compare(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("two regions A and B: dataset ids, or places' ids, GB/T 2260 codes or names") String... regions) {
        Arguments.requireNoOptions(MapCommands.class, "compare", regions);
        if (regions == null || regions.length != 2) {
            throw new AtlasException("atlas:compare takes two regions, got " + (regions == null ? 0 : regions.length)
                    + ", e.g. atlas:compare yrd example-illustrative; atlas:datasets lists the regions");
        }
        Output output = output(json, lang);
        AtlasSnapshot snapshot = atlas.snapshot();
        Comparison comparison = Comparison.of(snapshot, regions[0], regions[1]);
        output.print(() -> MapJson.compare(comparison),
                () -> new CompareRenderer(output.lang(), Lookup.of(snapshot)).render(comparison));
    }

    @Descriptor("list the installed export formats: format, file extension and what it is for")
    public void formats(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone(MapCommands.class, "formats", rest);
        Output output = output(json, lang);
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
    }

    @Descriptor("export the atlas (or a region or layer of it) to a file in one of the installed formats;"
            + " the file appears whole or not at all")
    public void export(CommandSession session,
            @Descriptor("the format, e.g. svg (see atlas:formats)") @Parameter(names = "--format", absentValue = "") String format,
            @Descriptor("the file to write, relative to the console's current directory")
            @Parameter(names = "--out", absentValue = "") String file,
            @Descriptor(REGION) @Parameter(names = "--region", absentValue = "") String region,
            @Descriptor(LAYER) @Parameter(names = "--layer", absentValue = "") String layer,
            @Descriptor("replace FILE if it exists") @Parameter(names = "--force", presentValue = "true", absentValue = "false") boolean force,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG + "; also the language of the export") @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone(MapCommands.class, "export", rest);
        Lang language = Languages.option(lang, defaultLang);
        if (Arguments.optional(format) == null) {
            List<String> formats = exporters.installed().stream().map(Exporter::format).toList();
            throw new AtlasException("atlas:export needs --format; " + (formats.isEmpty()
                    ? "no exporter is installed" : "formats: " + String.join(", ", formats)));
        }
        Exporter exporter = exporters.get(format.strip());
        String given = Arguments.optional(file);
        if (given == null) {
            throw new AtlasException("atlas:export needs --out and a file to write, e.g. atlas:export --format "
                    + exporter.format() + " --out map." + exporter.extension());
        }
        Path target = writable(SessionFiles.resolve(session, given), given, force);
        AtlasSnapshot snapshot = narrow(atlas.snapshot(), region, layer);
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
        print.println(json ? JsonMapper.toJson(MapJson.export(exporter.format(), given, bytes, datasets, layers, entries))
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
        if (Arguments.optional(region) != null) {
            narrowed = narrowed.region(region.strip());
        }
        if (Arguments.optional(layer) != null) {
            narrowed = narrowed.onlyLayer(layer.strip());
        }
        return narrowed;
    }

    private Output output(boolean json, String lang) {
        return new Output(json, Languages.option(lang, defaultLang), out.get());
    }
}
