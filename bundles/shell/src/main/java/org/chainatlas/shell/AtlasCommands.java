package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Text;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The atlas:* Gogo commands. Each command takes one snapshot and answers from it alone, so its
 * output never mixes two states of the atlas. Options come first in every signature because Gogo
 * hands the words it did not match to an option to the trailing parameter, which each command
 * checks (see {@link Arguments}). Output goes to System.out, which Gogo redirects per session.
 */
@Component(service = AtlasCommands.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=layers",
    "osgi.command.function=list",
    "osgi.command.function=show",
    "osgi.command.function=search",
    "osgi.command.function=stats",
    "osgi.command.function=datasets",
    "osgi.command.function=places",
})
public final class AtlasCommands {

    private static final String JSON = "print JSON for scripts instead of text for people";
    private static final String LANG = "language of names and labels: zh or en"
            + " (default: framework property chainatlas.lang, else the locale)";
    private static final String NOTHING = "none: any other word is an error that names the valid options";
    private static final String REGION = MapCommands.REGION;
    private static final String LAYER = "a layer id, e.g. base, middle, application, service (see atlas:layers)";

    private final Atlas atlas;
    private final Lang defaultLang;
    private final Supplier<PrintStream> out;

    @Activate
    public AtlasCommands(@Reference(name = "atlas") Atlas atlas, BundleContext context) {
        this(atlas, Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()),
                () -> System.out);
    }

    AtlasCommands(Atlas atlas, Lang defaultLang, Supplier<PrintStream> out) {
        this.atlas = atlas;
        this.defaultLang = defaultLang;
        this.out = out;
    }

    @Descriptor("list the installed layers, bottom first: rank, id, name, role, named entries, reported total")
    public void layers(
            @Descriptor(REGION) @Parameter(names = "--region", absentValue = "") String region,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone("layers", rest);
        Output output = output(json, lang);
        AtlasSnapshot snapshot = MapCommands.narrow(atlas.snapshot(), region, null);
        List<LayerSummary> layers = LayerSummary.of(snapshot);
        output.print(() -> JsonMapper.layers(layers), () -> text(output, snapshot).layers(layers));
    }

    @Descriptor("list entries, optionally only those of a layer, category, place or dataset;"
            + " shows the first " + PAGE + " (--json: all) unless --limit or --all says otherwise")
    public void list(
            @Descriptor("only entries of this layer: " + LAYER)
            @Parameter(names = "--layer", absentValue = "") String layer,
            @Descriptor("only entries in this category or below it, written category or facet:category;"
                    + " several separated by commas must all match")
            @Parameter(names = "--category", absentValue = "") String category,
            @Descriptor("only entries in this place or below it: its id, GB/T 2260 code or name (see atlas:places)")
            @Parameter(names = "--place", absentValue = "") String place,
            @Descriptor("only entries of this dataset (see atlas:datasets)")
            @Parameter(names = "--dataset", absentValue = "") String dataset,
            @Descriptor(REGION) @Parameter(names = "--region", absentValue = "") String region,

            @Descriptor("only open-source entries: short for --category " + EntryQueries.OPEN_SOURCE)
            @Parameter(names = "--open-source", presentValue = "true", absentValue = "false") boolean openSource,
            @Descriptor("only closed-source entries: short for --category " + EntryQueries.CLOSED_SOURCE)
            @Parameter(names = "--closed-source", presentValue = "true", absentValue = "false") boolean closedSource,
            @Descriptor(LIMIT) @Parameter(names = "--limit", absentValue = "0") int limit,
            @Descriptor(ALL) @Parameter(names = "--all", presentValue = "true", absentValue = "false") boolean all,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone("list", rest);
        EntryQuery query = EntryQueries.of(layer, category, place, dataset, openSource, closedSource);
        int page = pageSize("atlas:list", limit, all, json);
        Output output = output(json, lang);
        AtlasSnapshot snapshot = MapCommands.narrow(atlas.snapshot(), region, null);
        SearchPage found = snapshot.list(query, page);
        String everything = "atlas:list --all" + option("--layer", layer) + option("--category", category)
                + option("--place", place) + option("--dataset", dataset) + option("--region", region)
                + (openSource ? " --open-source" : "") + (closedSource ? " --closed-source" : "");
        output.print(() -> JsonMapper.entries(found.entries()),
                () -> text(output, snapshot).entries(found, everything, NARROW_LIST));
    }

    /** A person reads a page, a program gets everything unless it asks for a page. */
    private static int pageSize(String command, int limit, boolean all, boolean json) {
        if (limit < 0 || (limit > 0 && all)) {
            throw new AtlasException(limit < 0 ? "--limit must be 1 or more, got " + limit
                    : command + " takes --limit or --all, not both");
        }
        return limit > 0 ? limit : all || json ? Integer.MAX_VALUE : PAGE;
    }

    /** " --name value" as one would type it again (quoted where it has spaces), or nothing. */
    private static String option(String name, String value) {
        if (Arguments.optional(value) == null) {
            return "";
        }
        String v = value.strip();
        return " " + name + " " + (v.chars().anyMatch(Character::isWhitespace) ? "\"" + v + "\"" : v);
    }

    @Descriptor("show one entry's card: names, layer, categories, organisation, places, note and source")
    public void show(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("the entry's id as atlas:list shows it (dataset/id where two datasets use the id)")
            String... id) {
        Arguments.requireNoOptions("show", id);
        if (id == null || id.length != 1) {
            throw new AtlasException("atlas:show takes one entry id, got " + (id == null ? 0 : id.length)
                    + "; atlas:list and atlas:search show the ids");
        }
        Output output = output(json, lang);
        AtlasSnapshot snapshot = atlas.snapshot();
        Entry entry = snapshot.entry(id[0]);
        output.print(() -> JsonMapper.card(entry), () -> text(output, snapshot).card(entry));
    }

    @Descriptor("find entries whose zh or en name, organisation or id contains a text, ignoring case;"
            + " shows the first " + PAGE + " (--json: all) unless --limit or --all says otherwise")
    public void search(
            @Descriptor(REGION) @Parameter(names = "--region", absentValue = "") String region,
            @Descriptor(LIMIT) @Parameter(names = "--limit", absentValue = "0") int limit,
            @Descriptor(ALL) @Parameter(names = "--all", presentValue = "true", absentValue = "false") boolean all,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("the text to look for; several words are looked for as one phrase") String... words) {
        Arguments.requireNoOptions("search", words);
        String phrase = String.join(" ", words == null ? new String[0] : words).trim();
        if (phrase.isEmpty()) {
            throw new AtlasException("atlas:search needs a text to look for, e.g. atlas:search 区块链");
        }
        int page = pageSize("atlas:search", limit, all, json);
        Output output = output(json, lang);
        AtlasSnapshot snapshot = MapCommands.narrow(atlas.snapshot(), region, null);
        SearchPage found = snapshot.search(phrase, page);
        output.print(() -> JsonMapper.entries(found.entries()), () -> text(output, snapshot).entries(found,
                "atlas:search --all" + option("--region", region) + " " + phrase, NARROW_SEARCH));
    }

    @Descriptor("compare reported figures with named entries per layer, category and place, with consistency checks")
    public void stats(
            @Descriptor(REGION) @Parameter(names = "--region", absentValue = "") String region,
            @Descriptor("only this layer: " + LAYER) @Parameter(names = "--layer", absentValue = "") String layer,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone("stats", rest);
        Output output = output(json, lang);
        AtlasSnapshot whole = atlas.snapshot();
        AtlasSnapshot snapshot = MapCommands.narrow(whole, region, null);
        Statistics statistics = snapshot.statistics(Arguments.optional(layer));
        // Load problems belong to the installation, not to a region: count them from the whole atlas.
        output.print(() -> JsonMapper.statistics(statistics),
                () -> new StatsRenderer(output.lang(), Lookup.of(snapshot), ConsoleScreen.current().width()).render(statistics, whole.problems().size()));
    }

    @Descriptor("list the installed datasets with their entries and pending entries, then any load problems")
    public void datasets(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone("datasets", rest);
        Output output = output(json, lang);
        AtlasSnapshot snapshot = atlas.snapshot();
        output.print(() -> JsonMapper.datasets(snapshot.datasets()),
                () -> text(output, snapshot).datasets(snapshot.datasets(), snapshot.problems()));
    }

    @Descriptor("show the place hierarchy with GB/T 2260 codes and how many entries lie in each place or below it")
    public void places(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor(LANG) @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor(NOTHING) String... rest) {
        Arguments.requireNone("places", rest);
        Output output = output(json, lang);
        AtlasSnapshot snapshot = atlas.snapshot();
        List<PlaceTree.Row> rows = PlaceTree.rows(snapshot.places(), snapshot.entries());
        output.print(() -> JsonMapper.places(rows), () -> text(output, snapshot).places(rows));
    }

    /** How many matches atlas:search shows when it is not told. */
    /** How many entries atlas:search and atlas:list show unless asked for another number. */
    static final int PAGE = 50;
    private static final String LIMIT = "show at most this many entries (bottom layer first) and say whether there are more";
    private static final String ALL = "show every entry found";
    private static final Text NARROW_SEARCH = new Text("或换更具体的词", "or search for a longer text");
    private static final Text NARROW_LIST = new Text("或用 --category、--place、--dataset 缩小范围",
            "or narrow it with --category, --place or --dataset");

    private Output output(boolean json, String lang) {
        return new Output(json, Languages.option(lang, defaultLang), out.get());
    }

    private static TextRenderer text(Output output, AtlasSnapshot snapshot) {
        return new TextRenderer(output.lang(), Lookup.of(snapshot), ConsoleScreen.current().width());
    }
}
