package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.Example;
import org.chainatlas.api.command.Operands;
import org.chainatlas.api.model.Text;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * atlas:diff: what changed between two versions of a dataset, each an installed dataset or a
 * file. The comparison itself is {@link DatasetFiles#diff}, the one the update messages use.
 * Conventions as in {@link AtlasCommands}.
 */
@Component(service = {DiffCommands.class, CommandFamily.class}, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=diff",
})
public final class DiffCommands implements CommandFamily {

    private final Atlas atlas;
    private final DatasetFiles files;
    private final Lang defaultLang;
    private final Supplier<PrintStream> out;

    @Activate
    public DiffCommands(@Reference(name = "atlas") Atlas atlas, @Reference(name = "files") DatasetFiles files,
                        BundleContext context) {
        this(atlas, files, Languages.configured(context.getProperty(Languages.PROPERTY), Locale.getDefault()),
                () -> System.out);
    }

    DiffCommands(Atlas atlas, DatasetFiles files, Lang defaultLang, Supplier<PrintStream> out) {
        this.atlas = atlas;
        this.files = files;
        this.defaultLang = defaultLang;
        this.out = out;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(diffSpec(atlas::snapshot));
    }

    static CommandSpec diffSpec(java.util.function.Supplier<org.chainatlas.api.AtlasSnapshot> snapshot) {
        return new CommandSpec("atlas", "diff", CommandSpec.Group.DATASETS,
                Text.of("一个数据集两个版本之间的变化", "what changed between two versions of a dataset"),
                Text.of("对照一个数据集的两个版本：新增、删除与逐字段改动的条目（按编号对应），以及数字、地区与头部信息（版本、标题、区域）",
                        "compare two versions of a dataset: entries added, removed and changed field by field (matched"
                                + " by id), figures, places and the header (version, title, region)"),
                List.of(Common.json(), Common.lang()),
                Operands.of("A B", Text.of("各是已安装数据集的编号（见 atlas:datasets）或数据集文件（.json 或 .jar）",
                        "each an installed dataset id (see atlas:datasets) or a dataset file (.json or .jar)"), 2, 2)
                        .choices(Common.datasetChoices(snapshot)).asFiles(),
                List.of(new Example("atlas:diff yrd-2022 my-region.json", Text.of("已安装版本与文件对照", "the installed version against a file")),
                        new Example("atlas:diff old.jar new.jar --lang zh", Text.of("两个打包版本对照，中文", "two packed versions, in Chinese"))));
    }

    public void diff(CommandSession session, Object... typed) {
        Common.run(diffSpec(atlas::snapshot), defaultLang, out.get(), typed, words -> {
            DiffSides sides = new DiffSides(session, atlas.snapshot(), files);
            List<String> datasets = words.operands();
            if (datasets.size() != 2) {
                throw new AtlasException("atlas:diff takes two datasets A and B, got " + datasets.size()
                        + ", e.g. atlas:diff yrd-2022 my-region.json; " + sides.valid());
            }
            Output output = Common.output(words, out.get());
            DiffSides.Side a = sides.resolve(datasets.get(0));
            DiffSides.Side b = sides.resolve(datasets.get(1));
            DatasetDiff diff = files.diff(a.word(), a.document(), b.word(), b.document());
            output.print(() -> DiffJson.diff(diff), () -> new DiffRenderer(output.lang()).render(diff));
        });
    }
}
