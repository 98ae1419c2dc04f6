package org.chainatlas.landscape;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainatlas.api.AtlasException;

/**
 * Refuses a key given twice in one object of a mapping file: gson's tree keeps the last one and
 * says nothing, so a subcategory mapped twice went wherever the second line said. A pass over
 * the tokens, after the file has parsed (it is small); its syntax is the parser's to word.
 */
final class UniqueKeys {
    private static final Pattern POSITION = Pattern.compile(" at line (\\d+) column (\\d+) ");

    private UniqueKeys() {
    }

    static void require(String file, String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.LENIENT); // as JsonParser.parseString reads the file
        Deque<Set<String>> objects = new ArrayDeque<>();
        try {
            while (true) {
                switch (reader.peek()) {
                    case BEGIN_OBJECT -> {
                        reader.beginObject();
                        objects.push(new HashSet<>());
                    }
                    case END_OBJECT -> {
                        reader.endObject();
                        objects.pop();
                    }
                    case BEGIN_ARRAY -> reader.beginArray();
                    case END_ARRAY -> reader.endArray();
                    case NAME -> name(file, json, reader, objects.peek());
                    case END_DOCUMENT -> {
                        return;
                    }
                    default -> reader.skipValue();
                }
            }
        } catch (IOException | IllegalStateException e) {
            // not JSON after all: the parse has already said where
        }
    }

    /**
     * Where a name was peeked, the reader stands just past its opening quote (at its first letter
     * where it has none): that is where the second key is shown.
     */
    private static void name(String file, String json, JsonReader reader, Set<String> keys) throws IOException {
        Matcher at = POSITION.matcher(reader.toString());
        String name = reader.nextName();
        if (keys.add(name)) {
            return;
        }
        String path = reader.getPath();
        String object = path.substring(0, path.length() - name.length() - 1);
        String where = file;
        if (at.find()) {
            int line = Integer.parseInt(at.group(1));
            int column = Integer.parseInt(at.group(2));
            String text = json.split("\n", -1)[line - 1];
            boolean quoted = column >= 2 && column - 2 < text.length() && "\"'".indexOf(text.charAt(column - 2)) >= 0;
            where = file + ":" + line + ":" + (quoted ? column - 1 : column);
        }
        throw new AtlasException(where + ": " + object + ": duplicate key \"" + name + "\"; each key may appear once in an object");
    }
}
