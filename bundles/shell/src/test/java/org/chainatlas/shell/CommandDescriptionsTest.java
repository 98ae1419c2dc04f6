package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chainatlas.api.command.CommandFamily;
import org.chainatlas.api.command.CommandSpec;
import org.chainatlas.api.command.HelpPage;
import org.chainatlas.api.command.Option;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command the shell registers with Gogo is declared for the parser, help and completion:
 * it takes --json and --lang, and its help has DESCRIPTION, SYNTAX, OPTIONS and EXAMPLES in
 * both languages.
 */
class CommandDescriptionsTest {

    /** Every component of the bundle that registers atlas commands. */
    static Stream<CommandFamily> families() {
        return Stream.of(
                new AtlasCommands(Fixture::snapshot, Lang.EN, () -> System.out),
                new MapCommands(Fixture::snapshot, Lang.EN, () -> System.out, name -> null),
                new DiffCommands(Fixture::snapshot, null, Lang.EN, () -> System.out),
                new RuntimeCommands(null, null, Lang.EN, () -> System.out),
                new HelpCommands(Lang.EN, () -> System.out),
                new ConsoleNotifications(Lang.EN));
    }

    @ParameterizedTest
    @MethodSource("families")
    void theDeclaredCommandsAreExactlyTheRegisteredFunctions(CommandFamily family) throws IOException {
        // @Component is not kept at run time: read the functions the class registers from its source
        String source = Files.readString(Path.of("src/main/java/org/chainatlas/shell",
                family.getClass().getSimpleName() + ".java"));
        Set<String> registered = Pattern.compile("\"osgi\\.command\\.function=(\\w+)\"").matcher(source).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        assertFalse(registered.isEmpty(), family.getClass().getSimpleName());
        assertEquals(registered, family.commands().stream().map(CommandSpec::name).collect(Collectors.toSet()));
        Set<String> methods = Arrays.stream(family.getClass().getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("commands")
                        && !m.getName().equals("atlasChanged")) // a listener's callback, not a command
                .map(Method::getName).collect(Collectors.toSet());
        assertEquals(registered, methods);
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyCommandTakesJsonAndLang(CommandFamily family) {
        for (CommandSpec spec : family.commands()) {
            assertTrue(spec.optionNames().containsAll(List.of("--json", "--lang")), spec.qualified());
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyCommandHasItsHelpInBothLanguages(CommandFamily family) {
        for (CommandSpec spec : family.commands()) {
            both(spec.summary(), spec.qualified());
            both(spec.description(), spec.qualified());
            spec.options().stream().map(Option::help).forEach(t -> both(t, spec.qualified()));
            assertFalse(spec.examples().isEmpty(), spec.qualified() + " has no example");
            spec.examples().forEach(e -> both(e.what(), e.line()));
            for (Lang lang : Lang.values()) {
                List<String> page = HelpPage.render(spec, lang);
                for (Text heading : List.of(HelpPage.DESCRIPTION, HelpPage.SYNTAX, HelpPage.OPTIONS, HelpPage.EXAMPLES)) {
                    assertTrue(page.contains(heading.get(lang)), spec.qualified() + " " + lang + ": " + page);
                }
            }
        }
    }

    private static void both(Text text, String where) {
        assertFalse(text.zh() == null || text.en() == null, where + ": " + text);
    }
}
