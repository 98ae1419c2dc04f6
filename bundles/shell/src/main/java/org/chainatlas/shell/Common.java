package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.command.Choice;
import org.chainatlas.api.command.Choices;
import org.chainatlas.api.command.CommandLine;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.HelpPage;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.command.Words;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;

/**
 * The options several atlas commands share, declared once with their help and valid values, and
 * the one way every command turns its words into values ({@link #run}). Values that depend on the
 * atlas are read from the snapshot the command answers from.
 */
final class Common {

    static final Choices LANGUAGES = Choices.closed(Text.of("语言", "language"), Text.of("语言", "languages"),
            () -> List.of(new Choice("zh", Text.of("中文", "Chinese")), new Choice("en", Text.of("英文", "English"))));

    private Common() {
    }

    /** Parses the words; prints the command's help instead where --help or -h was given. */
    static void run(CommandSpec spec, Lang fallback, PrintStream out, Object[] typed, Consumer<Words> command) {
        Words words = CommandLine.parse(spec, fallback, typed);
        if (words.help()) {
            HelpPage.render(spec, words.lang()).forEach(out::println);
            out.flush();
            return;
        }
        command.accept(words);
    }

    /** The command's output: fitted and paged in the console unless --wide or --no-pager says otherwise. */
    static Output output(Words words, PrintStream out) {
        return new Output(words.json(), words.lang(), out,
                ConsoleScreen.current().adjusted(words.has("--wide"), words.has("--no-pager")));
    }

    static Option wide() {
        return Option.flag("--wide", Text.of("表格按原宽度完整输出，不按终端宽度截短",
                "print tables whole, not fitted to the terminal's width"));
    }

    static Option noPager() {
        return Option.flag("--no-pager", Text.of("输出比窗口高时也不分页", "never page output taller than the window"));
    }

    static Option json() {
        return Option.flag("--json", Text.of("输出供脚本使用的 JSON，而不是供人阅读的文字",
                "print JSON for scripts instead of text for people"));
    }

    static Option lang() {
        return Option.value("--lang", "LANG", Text.of("名称、标签与消息的语言：zh 或 en",
                "language of names, labels and messages: zh or en"))
                .byDefault("chainatlas.lang in conf/config.properties, else the locale").choices(LANGUAGES);
    }

    static Option layer(Supplier<AtlasSnapshot> snapshot) {
        return Option.value("--layer", "LAYER", Text.of("只看这一层（见 atlas:layers）", "only this layer (see atlas:layers)"))
                .choices(Choices.closed(Text.of("层", "layer"), Text.of("层", "layers"), () -> layers(snapshot.get())));
    }

    static Option region(Supplier<AtlasSnapshot> snapshot) {
        return Option.value("--region", "REGION", Text.of(
                "只看这一区域：数据集编号，或地区的编号、GB/T 2260 代码或名称（见 atlas:datasets、atlas:places）",
                "only this region: a dataset id, or a place's id, GB/T 2260 code or name (see atlas:datasets, atlas:places)"))
                .choices(regions(snapshot));
    }

    static Option limit() {
        return Option.value("--limit", "N", Text.of("最多显示这么多条目（底层在前），并说明是否还有更多",
                "show at most this many entries (bottom layer first) and say whether there are more"))
                .byDefault(String.valueOf(AtlasCommands.PAGE)).kind(Option.Kind.NUMBER);
    }

    static Option all() {
        return Option.flag("--all", Text.of("显示找到的全部条目", "show every entry found"));
    }

    static Option force(Text what) {
        return Option.flag("--force", what);
    }

    static Choices regions(Supplier<AtlasSnapshot> snapshot) {
        return Choices.open(Text.of("区域", "region"), Text.of("区域", "regions"), () -> {
            Map<String, Choice> choices = new LinkedHashMap<>();
            datasets(snapshot.get()).forEach(c -> choices.putIfAbsent(c.value(), c));
            places(snapshot.get()).forEach(c -> choices.putIfAbsent(c.value(), c));
            return List.copyOf(choices.values());
        });
    }

    static Choices datasetChoices(Supplier<AtlasSnapshot> snapshot) {
        return Choices.closed(Text.of("数据集", "dataset"), Text.of("数据集", "datasets"), () -> datasets(snapshot.get()));
    }

    static Choices placeChoices(Supplier<AtlasSnapshot> snapshot) {
        return Choices.open(Text.of("地区", "place"), Text.of("地区", "places"), () -> places(snapshot.get()));
    }

    static Choices categoryChoices(Supplier<AtlasSnapshot> snapshot) {
        return Choices.open(Text.of("类别", "category"), Text.of("类别", "categories"), () -> {
            Map<String, Choice> choices = new LinkedHashMap<>();
            for (Layer layer : snapshot.get().layers()) {
                for (Facet facet : layer.facets()) {
                    for (Category category : facet.flatten()) {
                        choices.putIfAbsent(category.id(), new Choice(category.id(), category.name()));
                    }
                }
            }
            return List.copyOf(choices.values());
        });
    }

    static Choices entryChoices(Supplier<AtlasSnapshot> snapshot) {
        return Choices.open(Text.of("条目", "entry"), Text.of("条目", "entries"), () -> {
            List<Choice> entries = new ArrayList<>();
            snapshot.get().entries().forEach(e -> entries.add(new Choice(e.id(), e.name())));
            return entries;
        });
    }

    private static List<Choice> layers(AtlasSnapshot snapshot) {
        return snapshot.layers().stream().map(l -> new Choice(l.id(), l.name())).distinct().toList();
    }

    private static List<Choice> datasets(AtlasSnapshot snapshot) {
        return snapshot.datasets().stream().map(d -> new Choice(d.id(), title(d))).toList();
    }

    private static Text title(DatasetStatus dataset) {
        return dataset.title() == null ? Text.of(dataset.id(), dataset.id()) : dataset.title();
    }

    private static List<Choice> places(AtlasSnapshot snapshot) {
        return snapshot.places().stream().map((Place p) -> new Choice(p.id(), p.name())).toList();
    }
}
