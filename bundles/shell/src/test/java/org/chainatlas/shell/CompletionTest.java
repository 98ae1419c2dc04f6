package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainatlas.api.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers: options from the commands themselves, values from the atlas as installed, files from the folder. */
class CompletionTest {

    private static final CommandShapes SHAPES = new DeclaredCommandShapes(() -> List.of(
            new AtlasCommands(SeedAtlas::snapshot, Lang.EN, () -> System.out)), Lang.EN);

    private final Candidates candidates = new Candidates(SeedAtlas.snapshot(), List.of(), Path.of("."), Lang.EN);

    private static List<String> values(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::value).toList();
    }

    @Test
    void optionsComeFromTheCommandsWithWhatTheyTake() {
        CommandShapes.Command list = SHAPES.command("atlas:list").orElseThrow();
        assertEquals(ValueKind.LAYER, list.option("--layer").orElseThrow().value());
        assertEquals(ValueKind.CATEGORY, list.option("--category").orElseThrow().value());
        assertEquals(ValueKind.LANGUAGE, list.option("--lang").orElseThrow().value());
        assertEquals(ValueKind.NONE, list.option("--json").orElseThrow().value(), "a flag takes nothing");
        assertEquals(ValueKind.TEXT, list.option("--limit").orElseThrow().value(), "a number: nothing to offer");
        assertEquals(ValueKind.ENTRY, SHAPES.command("atlas:show").orElseThrow().operands());
    }

    @Test
    void internalsAreNeverOffered() {
        assertTrue(SHAPES.commands().stream().noneMatch(c -> c.name().contains("__")), SHAPES.commands().toString());
        List<List<String>> definitions = new CompletionCommands(null, Lang.EN, SHAPES).__completions();
        assertTrue(definitions.contains(List.of("-c", "atlas:list", "-l", "layer", "-d", "only this layer")),
                definitions.toString());
        assertTrue(definitions.stream().noneMatch(d -> d.get(1).contains("__")));
    }

    @Test
    void theWordAfterAnOptionIsItsValueOtherwiseTheCommandsOwnWord() {
        CommandShapes.Command list = SHAPES.command("atlas:list").orElseThrow();
        assertEquals(ValueKind.LAYER, CompletionCommands.kindAt(list, List.of("list", "--layer", "ba"), 2));
        assertEquals(ValueKind.NONE, CompletionCommands.kindAt(list, List.of("list", "--json", ""), 2));
        assertEquals(ValueKind.NONE, CompletionCommands.kindAt(list, List.of("list", "--la"), 1), "option names are JLine's");
        CommandShapes.Command show = SHAPES.command("atlas:show").orElseThrow();
        assertEquals(ValueKind.ENTRY, CompletionCommands.kindAt(show, List.of("show", "--json", "ant"), 2));
    }

    @Test
    void layersEntriesAndCategoriesFollowTheInstalledAtlasWithDescriptions() {
        assertEquals(List.of("base", "middle", "application", "service"), values(candidates.of(ValueKind.LAYER, "")));
        assertEquals(List.of("base"), values(candidates.of(ValueKind.LAYER, "ba")));
        Suggestion ant = candidates.of(ValueKind.ENTRY, "ant").get(0);
        assertEquals("ant-chain", ant.value());
        assertEquals("Ant Chain", ant.description());
        assertTrue(values(candidates.of(ValueKind.CATEGORY, "openness:")).contains("openness:open-source"));
        assertEquals(List.of("zh", "en"), values(candidates.of(ValueKind.LANGUAGE, "")));
        assertEquals("中文", new Candidates(SeedAtlas.snapshot(), List.of(), Path.of("."), Lang.ZH)
                .of(ValueKind.LANGUAGE, "z").get(0).description());
        assertTrue(values(candidates.of(ValueKind.REGION, "yrd")).contains("yrd-2022"));
        assertTrue(candidates.of(ValueKind.TEXT, "").isEmpty());
    }

    @Test
    void filesAndFoldersUnderTheCurrentFolderFoldersLeaveTheWordOpen(@TempDir Path folder) throws IOException {
        Files.createDirectory(folder.resolve("regions"));
        Files.writeString(folder.resolve("regions/pearl.json"), "{}");
        Files.writeString(folder.resolve("region.json"), "{}");
        Files.writeString(folder.resolve(".hidden"), "");
        Candidates here = new Candidates(SeedAtlas.snapshot(), List.of(), folder, Lang.EN);
        List<Suggestion> found = here.of(ValueKind.FILE, "reg");
        assertEquals(List.of("region.json", "regions/"), values(found));
        assertFalse(found.get(1).complete(), "Tab goes on into a folder");
        assertEquals(List.of("regions/pearl.json"), values(here.of(ValueKind.FILE, "regions/")));
        assertEquals(List.of(".hidden"), values(here.of(ValueKind.FILE, ".")));
        assertTrue(values(here.of(ValueKind.DATASET_OR_FILE, "")).containsAll(List.of("yrd-2022", "region.json")));
    }
}
