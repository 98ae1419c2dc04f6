package org.chainatlas.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.command.CommandFamily;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tab completion for the atlas commands, in two internal commands the console's profile calls
 * (their names start with "__", which completion and help leave out):
 * {@code atlas:__completions} gives gogo.jline's {@code complete} one definition per option, with
 * its description, and one per command that asks {@code atlas:__complete} for the values of the
 * word under the cursor: an option's value (layers, categories, datasets, regions, places,
 * formats, languages) or the command's own words (entry ids, regions, datasets, files).
 */
@Component(service = CompletionCommands.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=__completions",
    "osgi.command.function=__complete",
})
public final class CompletionCommands {

    /** The profile's function that turns {@link Suggestion}s into JLine candidates. */
    static final String VALUES = "__atlas_values";

    private final Atlas atlas;
    private final Lang defaultLang;
    private final CommandShapes shapes;
    private final Exporters exporters = new Exporters();

    @Activate
    public CompletionCommands(@Reference(name = "atlas") Atlas atlas, BundleContext context) {
        this(atlas, Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()),
                new DeclaredCommandShapes(() -> families(context),
                        Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault())));
    }

    CompletionCommands(Atlas atlas, Lang defaultLang, CommandShapes shapes) {
        this.atlas = atlas;
        this.defaultLang = defaultLang;
        this.shapes = shapes;
    }

    @Reference(name = "exporters", service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeExporter")
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        exporters.add(exporter, properties);
    }

    void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
    }

    /** The arguments of one gogo.jline {@code complete} call each: the command's description, each option, its values. */
    public List<List<String>> __completions() {
        List<List<String>> definitions = new ArrayList<>();
        for (CommandShapes.Command command : shapes.commands()) {
            definitions.add(List.of("-c", command.name(), "-d", firstSentence(command.description())));
            for (CommandShapes.Option option : command.options()) {
                definitions.add(List.of("-c", command.name(), "-l", option.name().substring(2),
                        "-d", firstSentence(option.description())));
            }
            definitions.add(List.of("-c", command.name(), "-a", VALUES));
        }
        return definitions;
    }

    /** What the word at {@code index} of {@code words} (a command line as JLine split it) may be. */
    public List<Suggestion> __complete(CommandSession session, int index, List<String> words) {
        if (words == null || index < 1 || index >= words.size()) {
            return List.of();
        }
        String name = words.get(0).contains(":") ? words.get(0) : "atlas:" + words.get(0);
        return shapes.command(name).map(command -> {
            ValueKind kind = kindAt(command, words, index);
            Lang lang = language(valueOf("--lang", words));
            return new Candidates(atlas.snapshot(), exporters.installed(), SessionFiles.resolve(session, "."), lang)
                    .of(kind, words.get(index));
        }).orElse(List.of());
    }

    /** An option's value right after an option that takes one; an option's name is gogo.jline's to offer; else the command's words. */
    static ValueKind kindAt(CommandShapes.Command command, List<String> words, int index) {
        if (words.get(index).startsWith("-")) {
            return ValueKind.NONE;
        }
        String before = words.get(index - 1);
        if (before.startsWith("--")) {
            ValueKind value = command.option(before).map(CommandShapes.Option::value).orElse(ValueKind.NONE);
            if (value != ValueKind.NONE) {
                return value;
            }
        }
        return command.operands();
    }

    /** The line's --lang where it is a language already, else the default: a half-typed line is no error. */
    private Lang language(String given) {
        try {
            return Languages.option(given, defaultLang);
        } catch (RuntimeException e) {
            return defaultLang;
        }
    }

    private static String valueOf(String option, List<String> words) {
        int at = words.indexOf(option);
        return at >= 0 && at + 1 < words.size() ? words.get(at + 1) : "";
    }

    /** A description up to its first ';' or '(' : one short line beside a candidate. */
    static String firstSentence(String description) {
        String text = description == null ? "" : description;
        int cut = text.length();
        for (char stop : new char[] {';', '('}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return text.substring(0, cut).strip();
    }

    /** The command families (every bundle's atlas commands), looked up anew at each use. */
    private static List<CommandFamily> families(BundleContext context) {
        List<CommandFamily> families = new ArrayList<>();
        try {
            for (ServiceReference<CommandFamily> reference : context.getServiceReferences(CommandFamily.class, null)) {
                CommandFamily family = context.getService(reference);
                if (family != null) {
                    try {
                        families.add(family);
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return families;
    }
}
