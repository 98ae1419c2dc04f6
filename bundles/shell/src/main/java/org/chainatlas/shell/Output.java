package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import com.google.gson.JsonElement;
import org.chainatlas.api.model.Lang;

/**
 * Where and how a command answers: JSON for scripts or lines of text for people, in one language.
 * Only the chosen form is built; text taller than the console's window is paged ({@link ConsoleScreen}).
 */
record Output(boolean json, Lang lang, PrintStream out, ConsoleScreen screen) {

    void print(Supplier<JsonElement> forScripts, Supplier<List<String>> forPeople) {
        if (json) {
            out.println(JsonMapper.toJson(forScripts.get()));
            out.flush();
        } else {
            screen.show(forPeople.get(), out);
        }
    }
}
