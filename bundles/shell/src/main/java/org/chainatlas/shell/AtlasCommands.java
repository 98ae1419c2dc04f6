package org.chainatlas.shell;

import static org.chainatlas.api.command.CommandSpec.Group.EXPLORE;
import static org.chainatlas.api.command.CommandSpec.Group.FIGURES;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.command.Words;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The atlas:* commands that explore the atlas: layers, list, show, search, stats, datasets and
 * places. Each command takes one snapshot and answers from it alone, so its output never mixes two
 * states of the atlas; its words go through {@link Common#run} against the declaration beside it.
 * Output goes to System.out, which Gogo redirects per session.
 */
@Component(service = {AtlasCommands.class, CommandFamily.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=layers",
    "osgi.command.function=list",
    "osgi.command.function=show",
    "osgi.command.function=search",
    "osgi.command.function=stats",
    "osgi.command.function=datasets",
    "osgi.command.function=places",
})
public final class AtlasCommands implements CommandFamily {

    /** How many entries atlas:search and atlas:list show unless asked for another number. */
    static final int PAGE = 50;
    private static final Text NARROW_SEARCH = new Text("或换更具体的词", "or search for a longer text");
    private static final Text NARROW_LIST = new Text("或用 --category、--place、--dataset 缩小范围",
            "or narrow it with --category, --place or --dataset");

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

    @Override
    public List<CommandSpec> commands() {
        return List.of(layersSpec(atlas::snapshot), listSpec(atlas::snapshot), showSpec(atlas::snapshot),
                searchSpec(atlas::snapshot), statsSpec(atlas::snapshot), datasetsSpec(), placesSpec());
    }

    static CommandSpec layersSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "layers", EXPLORE,
                Text.of("已安装的层，底层在前", "the installed layers, bottom first"),
                Text.of("列出已安装的层，底层在前：序位、编号、名称、定位、已命名条目数与报告数（有多个区域时按区域）",
                        "list the installed layers, bottom first: rank, id, name, role, named entries and reported total"
                                + " (per region, where there are several)"),
                List.of(Common.region(snapshot), Common.wide(), Common.noPager(), Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:layers", Text.of("全部的层", "every layer")),
                        new Example("atlas:layers --region yrd-2022 --lang zh", Text.of("一个区域的层，中文", "one region's layers, in Chinese"))));
    }

    public void layers(Object... typed) {
        Once<AtlasSnapshot> whole = new Once<>(atlas::snapshot);
        Common.run(layersSpec(whole), defaultLang, out.get(), typed, words -> {
            Output output = Common.output(words, out.get());
            AtlasSnapshot snapshot = MapCommands.narrow(whole.get(), words.value("--region"), null);
            List<LayerSummary> layers = LayerSummary.of(snapshot);
            output.print(() -> JsonMapper.layers(layers), () -> text(output, snapshot).layers(layers));
        });
    }

    static CommandSpec listSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "list", EXPLORE,
                Text.of("条目，可按层、类别、地区、数据集筛选", "entries, by layer, category, place or dataset"),
                Text.of("列出条目，可只看某层、类别（含其子类别）、地区（含其下级）或数据集；底层在前，显示前 " + PAGE
                                + " 个（--json 时全部），除非 --limit 或 --all 另有指定",
                        "list entries, optionally only those of a layer, category (with its sub-categories), place (with"
                                + " the places below it) or dataset; bottom layer first, the first " + PAGE
                                + " (--json: all) unless --limit or --all says otherwise"),
                List.of(Common.layer(snapshot),
                        Option.value("--category", "CATEGORY", Text.of("只看这一类别及其下级，写作 类别 或 分面:类别；以逗号分隔的多个须同时符合",
                                "only entries in this category or below it, written category or facet:category;"
                                        + " several separated by commas must all match")).choices(Common.categoryChoices(snapshot)),
                        Option.value("--place", "PLACE", Text.of("只看这一地区及其下级：编号、GB/T 2260 代码或名称（见 atlas:places）",
                                "only entries in this place or below it: its id, GB/T 2260 code or name (see atlas:places)"))
                                .choices(Common.placeChoices(snapshot)),
                        Option.value("--dataset", "DATASET", Text.of("只看这一数据集的条目（见 atlas:datasets）",
                                "only entries of this dataset (see atlas:datasets)")).choices(Common.datasetChoices(snapshot)),
                        Common.region(snapshot),
                        Option.flag("--open-source", Text.of("只看开源的条目：即 --category " + EntryQueries.OPEN_SOURCE,
                                "only open-source entries: short for --category " + EntryQueries.OPEN_SOURCE)),
                        Option.flag("--closed-source", Text.of("只看未开源的条目：即 --category " + EntryQueries.CLOSED_SOURCE,
                                "only closed-source entries: short for --category " + EntryQueries.CLOSED_SOURCE)),
                        Common.limit(), Common.all(), Common.wide(), Common.noPager(), Common.json(), Common.lang()),
                Operands.NONE,
                List.of(new Example("atlas:list --layer base", Text.of("底层的条目", "the base layer's entries")),
                        new Example("atlas:list --place 330000 --open-source", Text.of("浙江省的开源条目", "open-source entries in Zhejiang")),
                        new Example("atlas:list --all --json", Text.of("全部条目，JSON 格式", "every entry, as JSON"))));
    }

    public void list(Object... typed) {
        Once<AtlasSnapshot> whole = new Once<>(atlas::snapshot);
        Common.run(listSpec(whole), defaultLang, out.get(), typed, words -> {
            EntryQuery query = EntryQueries.of(words.value("--layer"), words.value("--category"), words.value("--place"),
                    words.value("--dataset"), words.has("--open-source"), words.has("--closed-source"));
            int page = pageSize(words);
            Output output = Common.output(words, out.get());
            AtlasSnapshot snapshot = MapCommands.narrow(whole.get(), words.value("--region"), null);
            SearchPage found = snapshot.list(query, page);
            String everything = "atlas:list --all" + again(words, "--layer", "--category", "--place", "--dataset", "--region")
                    + (words.has("--open-source") ? " --open-source" : "") + (words.has("--closed-source") ? " --closed-source" : "");
            output.print(() -> JsonMapper.entries(found.entries()),
                    () -> text(output, snapshot).entries(found, everything, NARROW_LIST));
        });
    }

    /** A person reads a page, a program gets everything unless it asks for a page. */
    private static int pageSize(Words words) {
        int limit = words.number("--limit");
        if (limit > 0 && words.has("--all")) {
            throw new AtlasException(words.lang() == Lang.ZH ? words.spec().qualified() + " 只能给 --limit 或 --all 之一"
                    : words.spec().qualified() + " takes --limit or --all, not both");
        }
        return limit > 0 ? limit : words.has("--all") || words.json() ? Integer.MAX_VALUE : PAGE;
    }

    /** " --name value" for each option given, as one would type it again (quoted where it has spaces). */
    private static String again(Words words, String... names) {
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            String v = words.value(name);
            if (v != null) {
                line.append(' ').append(name).append(' ')
                        .append(v.chars().anyMatch(Character::isWhitespace) ? "\"" + v + "\"" : v);
            }
        }
        return line.toString();
    }

    static CommandSpec showSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "show", EXPLORE,
                Text.of("一个条目的卡片", "one entry's card"),
                Text.of("显示一个条目的卡片：名称、层、类别、机构、地区、备注与来源",
                        "show one entry's card: names, layer, categories, organisation, places, note and source"),
                List.of(Common.noPager(), Common.json(), Common.lang()),
                Operands.of("ID", Text.of("条目编号，如 atlas:list 所示（两个数据集共用编号时写作 数据集/编号）",
                        "the entry's id as atlas:list shows it (dataset/id where two datasets use the id)"), 1, 1)
                        .choices(Common.entryChoices(snapshot)),
                List.of(new Example("atlas:show ant-chain", Text.of("蚂蚁链的卡片", "Ant Chain's card")),
                        new Example("atlas:show ant-chain --lang zh", Text.of("同上，中文", "the same, in Chinese"))));
    }

    public void show(Object... typed) {
        Once<AtlasSnapshot> snapshot = new Once<>(atlas::snapshot);
        Common.run(showSpec(snapshot), defaultLang, out.get(), typed, words -> {
            if (words.operands().size() != 1) {
                throw new AtlasException(words.lang() == Lang.ZH
                        ? "atlas:show 需要一个条目编号；atlas:list 与 atlas:search 显示编号"
                        : "atlas:show takes one entry id, got " + words.operands().size() + "; atlas:list and atlas:search show the ids");
            }
            Output output = Common.output(words, out.get());
            Entry entry = snapshot.get().entry(words.operands().get(0));
            output.print(() -> JsonMapper.card(entry), () -> text(output, snapshot.get()).card(entry));
        });
    }

    static CommandSpec searchSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "search", EXPLORE,
                Text.of("按名称、机构或编号查找条目", "find entries by name, organisation or id"),
                Text.of("查找中文名、英文名、机构或编号中含有某段文字的条目，不分大小写；底层在前，显示前 " + PAGE
                                + " 个（--json 时全部），除非 --limit 或 --all 另有指定",
                        "find entries whose zh or en name, organisation or id contains a text, ignoring case; bottom layer"
                                + " first, the first " + PAGE + " (--json: all) unless --limit or --all says otherwise"),
                List.of(Common.region(snapshot), Common.limit(), Common.all(), Common.wide(), Common.noPager(), Common.json(), Common.lang()),
                Operands.of("TEXT...", Text.of("要找的文字；多个词作为一个短语查找",
                        "the text to look for; several words are looked for as one phrase"), 1, -1),
                List.of(new Example("atlas:search 蚂蚁", Text.of("名称含“蚂蚁”的条目", "entries whose name holds 蚂蚁")),
                        new Example("atlas:search fisco bcos --json", Text.of("短语“fisco bcos”，JSON 格式", "the phrase \"fisco bcos\", as JSON"))));
    }

    public void search(Object... typed) {
        Once<AtlasSnapshot> whole = new Once<>(atlas::snapshot);
        Common.run(searchSpec(whole), defaultLang, out.get(), typed, words -> {
            String phrase = String.join(" ", words.operands()).trim();
            if (phrase.isEmpty()) {
                throw new AtlasException(words.lang() == Lang.ZH ? "atlas:search 需要要找的文字，例如 atlas:search 区块链"
                        : "atlas:search needs a text to look for, e.g. atlas:search 区块链");
            }
            int page = pageSize(words);
            Output output = Common.output(words, out.get());
            AtlasSnapshot snapshot = MapCommands.narrow(whole.get(), words.value("--region"), null);
            SearchPage found = snapshot.search(phrase, page);
            output.print(() -> JsonMapper.entries(found.entries()), () -> text(output, snapshot).entries(found,
                    "atlas:search --all" + again(words, "--region") + " " + phrase, NARROW_SEARCH));
        });
    }

    static CommandSpec statsSpec(Supplier<AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "stats", FIGURES,
                Text.of("报告数与已命名条目的对照及校验", "reported figures against named entries, with checks"),
                Text.of("按层、类别与地区对照报告数与已命名条目：覆盖率、报告占比与计算占比，以及一致性校验",
                        "compare reported figures with named entries per layer, category and place: coverage, reported"
                                + " and computed shares, and consistency checks"),
                List.of(Common.region(snapshot), Common.layer(snapshot), Common.wide(), Common.noPager(), Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:stats", Text.of("全部的层", "every layer")),
                        new Example("atlas:stats --layer service --lang zh", Text.of("服务层，中文", "the service layer, in Chinese"))));
    }

    public void stats(Object... typed) {
        Once<AtlasSnapshot> whole = new Once<>(atlas::snapshot);
        Common.run(statsSpec(whole), defaultLang, out.get(), typed, words -> {
            Output output = Common.output(words, out.get());
            AtlasSnapshot snapshot = MapCommands.narrow(whole.get(), words.value("--region"), null);
            Statistics statistics = snapshot.statistics(words.value("--layer"));
            // Load problems belong to the installation, not to a region: count them from the whole atlas.
            output.print(() -> JsonMapper.statistics(statistics), () -> new StatsRenderer(output.lang(), Lookup.of(snapshot), output.screen().width())
                    .render(statistics, whole.get().problems().size()));
        });
    }

    static CommandSpec datasetsSpec() {
        return new CommandSpec("atlas", "datasets", EXPLORE,
                Text.of("已安装的数据集、待定条目与加载问题", "installed datasets, pending entries and load problems"),
                Text.of("列出已安装的数据集及其条目数与待定条目数，然后列出加载问题（如有）",
                        "list the installed datasets with their entries and pending entries, then any load problems"),
                List.of(Common.wide(), Common.noPager(), Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:datasets", Text.of("已安装的数据集", "the installed datasets")),
                        new Example("atlas:datasets --json", Text.of("同上，JSON 格式", "the same, as JSON"))));
    }

    public void datasets(Object... typed) {
        Common.run(datasetsSpec(), defaultLang, out.get(), typed, words -> {
            Output output = Common.output(words, out.get());
            AtlasSnapshot snapshot = atlas.snapshot();
            output.print(() -> JsonMapper.datasets(snapshot.datasets()),
                    () -> text(output, snapshot).datasets(snapshot.datasets(), snapshot.problems()));
        });
    }

    static CommandSpec placesSpec() {
        return new CommandSpec("atlas", "places", EXPLORE,
                Text.of("地区层级及 GB/T 2260 代码", "the place hierarchy with GB/T 2260 codes"),
                Text.of("显示地区层级及其 GB/T 2260 代码，以及每个地区（含下级）有多少条目",
                        "show the place hierarchy with GB/T 2260 codes and how many entries lie in each place or below it"),
                List.of(Common.wide(), Common.noPager(), Common.json(), Common.lang()), Operands.NONE,
                List.of(new Example("atlas:places", Text.of("地区层级", "the place hierarchy")),
                        new Example("atlas:places --lang zh", Text.of("同上，中文", "the same, in Chinese"))));
    }

    public void places(Object... typed) {
        Common.run(placesSpec(), defaultLang, out.get(), typed, words -> {
            Output output = Common.output(words, out.get());
            AtlasSnapshot snapshot = atlas.snapshot();
            List<PlaceTree.Row> rows = PlaceTree.rows(snapshot.places(), snapshot.entries());
            output.print(() -> JsonMapper.places(rows), () -> text(output, snapshot).places(rows));
        });
    }

    private static TextRenderer text(Output output, AtlasSnapshot snapshot) {
        return new TextRenderer(output.lang(), Lookup.of(snapshot), output.screen().width());
    }
}
