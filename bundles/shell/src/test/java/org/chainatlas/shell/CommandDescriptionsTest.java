package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What `help atlas:...` reads: every command and every parameter explains itself. */
class CommandDescriptionsTest {

    private static List<Method> commands(Class<?> owner) {
        return Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(classes = {AtlasCommands.class, MapCommands.class})
    void thePublicMethodsAreExactlyTheRegisteredCommands(Class<?> owner) {
        Set<String> expected = Set.copyOf(owner == AtlasCommands.class ? GogoCommandsTest.FUNCTIONS : MapGogoTest.FUNCTIONS);
        assertEquals(expected, commands(owner).stream().map(Method::getName).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(classes = {AtlasCommands.class, MapCommands.class})
    void everyCommandAndParameterHasADescriptor(Class<?> owner) {
        for (Method command : commands(owner)) {
            assertTrue(command.isAnnotationPresent(Descriptor.class), command.getName());
            Arrays.stream(command.getParameters())
                    .filter(p -> p.getType() != org.apache.felix.service.command.CommandSession.class)
                    .forEach(p -> assertTrue(p.isAnnotationPresent(Descriptor.class), command.getName() + " " + p));
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {AtlasCommands.class, MapCommands.class})
    void everyCommandTakesJsonAndLang(Class<?> owner) {
        for (Method command : commands(owner)) {
            assertTrue(Arguments.options(owner, command.getName()).containsAll(List.of("--json", "--lang")),
                    command.getName());
        }
    }
}
