package org.chainatlas.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasInstaller;
import org.chainatlas.api.AtlasInstaller.InstallOption;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.Problem;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The atlas:* commands that change the map while it runs: validate, pack, install, uninstall.
 * Relative paths are resolved against the session's current directory, as Gogo's own commands do.
 */
@Component(service = RuntimeCommands.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=validate",
    "osgi.command.function=pack",
    "osgi.command.function=install",
    "osgi.command.function=uninstall",
})
public final class RuntimeCommands {
    private static final String JSON = "print JSON for scripts instead of text for people";
    private static final String LANG = "language of messages: zh or en";

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

    @Descriptor("check a dataset file (.json) or dataset bundle (.jar) against the schema and the installed layers,"
            + " installing nothing; prints every problem with file:line:column and JSON path")
    public void validate(CommandSession session,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("the file to check") String... file) {
        Path path = onePath(session, "validate", file);
        Validation validation = asGiven(files.validate(path), path.toString(), file[0]);
        PrintStream print = out.get();
        if (json) {
            print.println(JsonMapper.toJson(validationJson(validation)));
        } else {
            validation.problems().forEach(p -> print.println(p.toString()));
            print.println(summary(validation, Languages.option(lang, defaultLang)));
        }
        print.flush();
        if (!validation.ok()) {
            throw new AtlasException(file[0] + " is not a valid dataset: " + validation.errors()
                    + (validation.errors() == 1 ? " error" : " errors") + " (listed above)");
        }
    }

    @Descriptor("pack a dataset file into a data-only bundle any OSGi framework can install"
            + " (symbolic name chainatlas.dataset.<id>, version from the dataset)")
    public void pack(CommandSession session,
            @Descriptor("replace OUT.jar if it exists") @Parameter(names = "--force", presentValue = "true", absentValue = "false") boolean force,
            @Descriptor("FILE.json OUT.jar") String... paths) {
        Arguments.requireNoOptions(RuntimeCommands.class, "pack", paths);
        if (paths == null || paths.length != 2) {
            throw new AtlasException("atlas:pack takes a dataset file and the bundle to write, e.g. atlas:pack region.json region.jar");
        }
        Path json = SessionFiles.resolve(session, paths[0]);
        Path jar = SessionFiles.resolve(session, paths[1]);
        if (Files.exists(jar) && !force) {
            throw new AtlasException(paths[1] + " already exists; give --force to replace it");
        }
        byte[] bytes;
        try {
            bytes = files.pack(paths[0], Files.readAllBytes(json));
            // Written aside and moved into place, as exports are: a full disk never destroys the jar that was there.
            ExportFile.write(jar, force, out -> out.write(bytes));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new AtlasException(paths[1] + " already exists; give --force to replace it");
        } catch (IOException e) {
            throw new AtlasException("cannot pack " + paths[0] + " into " + paths[1] + ": " + e.getMessage());
        }
        Validation validation = files.validate(jar);
        out.get().println("packed " + validation.symbolicName() + " " + validation.bundleVersion() + " into " + paths[1]
                + " (" + validation.document().entries().size() + " entries)");
    }

    @Descriptor("install and start a dataset file (.json) or a bundle (.jar), or update it if it is installed;"
            + " prints what changed in the atlas")
    public void install(CommandSession session,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("let in a bundle that carries code (an exporter, say); without it only layers and datasets,"
                    + " which are data, are installed") @Parameter(names = "--allow-code", presentValue = "true",
                    absentValue = "false") boolean allowCode,
            @Descriptor("the file to install") String... file) {
        Path path = onePath(session, "install", file);
        List<AtlasChange> changes = installer.install(path, allowCode ? Set.of(InstallOption.ALLOW_CODE) : Set.of());
        printChanges(session, changes, Languages.option(lang, defaultLang), "nothing changed: " + file[0] + " is installed already");
    }

    @Descriptor("uninstall a dataset (by dataset id) or a bundle (by symbolic name); prints what changed in the atlas")
    public void uninstall(CommandSession session,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("a dataset id (see atlas:datasets) or a bundle symbolic name (see lb -s)") String... id) {
        Arguments.requireNoOptions(RuntimeCommands.class, "uninstall", id);
        if (id == null || id.length != 1) {
            throw new AtlasException("atlas:uninstall takes one dataset id or bundle symbolic name; atlas:datasets lists them");
        }
        printChanges(session, installer.uninstall(id[0]), Languages.option(lang, defaultLang), "nothing changed in the atlas");
    }

    private void printChanges(CommandSession session, List<AtlasChange> changes, Lang lang, String none) {
        printChanges(session, out.get(), changes, lang, none);
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

    private Path onePath(CommandSession session, String command, String[] words) {
        Arguments.requireNoOptions(RuntimeCommands.class, command, words);
        if (words == null || words.length != 1) {
            throw new AtlasException("atlas:" + command + " takes one file, e.g. atlas:" + command + " region.json");
        }
        return SessionFiles.resolve(session, words[0]);
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

    private static JsonObject validationJson(Validation v) {
        JsonObject json = new JsonObject();
        json.addProperty("file", v.file());
        json.addProperty("valid", v.ok());
        json.addProperty("dataset", v.document() == null ? null : v.document().id());
        json.addProperty("version", v.document() == null ? null : v.document().version());
        json.addProperty("entries", v.document() == null ? null : v.document().entries().size());
        json.addProperty("bundle", v.symbolicName());
        JsonArray problems = new JsonArray();
        for (Problem p : v.problems()) {
            JsonObject o = new JsonObject();
            o.addProperty("severity", p.severity().name().toLowerCase(Locale.ROOT));
            o.addProperty("file", p.file());
            o.addProperty("line", p.line());
            o.addProperty("column", p.column());
            o.addProperty("path", p.path());
            o.addProperty("message", p.message());
            problems.add(o);
        }
        json.add("problems", problems);
        return json;
    }
}
