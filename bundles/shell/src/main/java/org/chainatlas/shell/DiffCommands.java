package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.chainatlas.api.Atlas;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetFiles;
import org.chainatlas.api.model.Lang;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * atlas:diff: what changed between two versions of a dataset, each an installed dataset or a
 * file. The comparison itself is {@link DatasetFiles#diff}, the one the update messages use.
 * Conventions as in {@link AtlasCommands}: options first, the trailing words checked.
 */
@Component(service = DiffCommands.class, property = {
    "osgi.command.scope=atlas",
    "osgi.command.function=diff",
})
public final class DiffCommands {

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

    @Descriptor("compare two versions of a dataset: entries added, removed and changed field by field,"
            + " figures, places and the header (version, title, region); entries are matched by id")
    public void diff(CommandSession session,
            @Descriptor("print JSON for scripts instead of text for people")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("language of names and labels: zh or en (default: framework property chainatlas.lang, else the locale)")
            @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("A and B: each an installed dataset id (see atlas:datasets) or a dataset file (.json or .jar)")
            String... datasets) {
        Arguments.requireNoOptions(DiffCommands.class, "diff", datasets);
        DiffSides sides = new DiffSides(session, atlas.snapshot(), files);
        if (datasets == null || datasets.length != 2) {
            throw new AtlasException("atlas:diff takes two datasets A and B, got " + (datasets == null ? 0 : datasets.length)
                    + ", e.g. atlas:diff yrd-2022 my-region.json; " + sides.valid());
        }
        Output output = new Output(json, Languages.option(lang, defaultLang), out.get());
        DiffSides.Side a = sides.resolve(datasets[0]);
        DiffSides.Side b = sides.resolve(datasets[1]);
        DatasetDiff diff = files.diff(a.word(), a.document(), b.word(), b.document());
        output.print(() -> DiffJson.diff(diff), () -> new DiffRenderer(output.lang()).render(diff));
    }
}
