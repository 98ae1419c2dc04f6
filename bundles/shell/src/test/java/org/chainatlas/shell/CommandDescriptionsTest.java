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
import org.junit.jupiter.api.Test;

/** What `help atlas:...` reads: every command and every parameter explains itself. */
class CommandDescriptionsTest {

    private static List<Method> commands() {
        return Arrays.stream(AtlasCommands.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .collect(Collectors.toList());
    }

    @Test
    void thePublicMethodsAreExactlyTheRegisteredCommands() {
        assertEquals(Set.copyOf(GogoCommandsTest.FUNCTIONS),
                commands().stream().map(Method::getName).collect(Collectors.toSet()));
    }

    @Test
    void everyCommandAndParameterHasADescriptor() {
        for (Method command : commands()) {
            assertTrue(command.isAnnotationPresent(Descriptor.class), command.getName());
            Arrays.stream(command.getParameterAnnotations()).forEach(annotations -> assertTrue(
                    Arrays.stream(annotations).anyMatch(a -> a instanceof Descriptor), command.getName()));
        }
    }

    @Test
    void everyCommandTakesJsonAndLang() {
        for (Method command : commands()) {
            assertTrue(Arguments.options(command.getName()).containsAll(List.of("--json", "--lang")), command.getName());
        }
    }
}
