package org.chainatlas.landscape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainatlas.api.AtlasException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML file read as nodes, not Java objects: nodes keep their line and column, so every
 * problem can say where it is. Scalars stay the text the file holds ("2021-03-04" stays a
 * string), which is all a landscape's fields are.
 */
record Yaml(String file, Node root) {

    /** Parses {@code text}; a syntax error is one sentence "file:line:column: what". */
    static Yaml parse(String file, String text) {
        try {
            Node root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text)
                    .orElseThrow(() -> new AtlasException(file + " is empty; a landscape file starts with 'landscape:' or 'categories:'"));
            Yaml yaml = new Yaml(file, root);
            yaml.requireUniqueKeys();
            return yaml;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " " + e.getContext();
            throw new AtlasException((mark == null ? file : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
                    + ": invalid YAML: " + problem + context);
        } catch (YamlEngineException e) {
            throw new AtlasException(file + ": invalid YAML: " + e.getMessage());
        }
    }

    /**
     * Refuses a key given twice in one mapping, at the second one (the earliest such in the file).
     * YAML forbids it, but composing nodes does not check it (allowDuplicateKeys is the object
     * constructor's setting, which a reader of nodes never runs), and the reader would take the
     * first and drop the other without a word. Aliases may share a node, or hold themselves:
     * each node is visited once.
     */
    private void requireUniqueKeys() {
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ScalarNode first = null;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof MappingNode map) {
                Set<String> keys = new HashSet<>();
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue()) && earlier(key, first)) {
                        first = key;
                    }
                    todo.push(tuple.getValueNode());
                }
            } else if (node instanceof SequenceNode list) {
                list.getValue().forEach(todo::push);
            }
        }
        if (first != null) {
            throw new AtlasException(where(first) + ": duplicate key '" + first.getValue() + "'; each key may appear once in a mapping");
        }
    }

    private static boolean earlier(Node node, Node than) {
        return than == null || node.getStartMark().map(Mark::getIndex).orElse(Integer.MAX_VALUE)
                < than.getStartMark().map(Mark::getIndex).orElse(Integer.MAX_VALUE);
    }

    /** "file:line:column" of a node (1-based). */
    String where(Node node) {
        return node.getStartMark().map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(file);
    }

    /** A node that must be a mapping, else one sentence naming {@code what} was expected there. */
    MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw new AtlasException(where(node) + ": expected " + what + " (a mapping of keys to values), found " + kind(node));
    }

    /** A node that must be a list; null stands for an empty one (an empty "items:"). */
    List<Node> sequence(Node node, String what) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode list) {
            return list.getValue();
        }
        throw new AtlasException(where(node) + ": expected " + what + " (a list of '- ' lines), found " + kind(node));
    }

    /** The value of {@code key} in a mapping, or null. */
    static Node get(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** The keys of a mapping with their values, in file order; keys that are not scalars are skipped. */
    static Map<String, Node> entries(MappingNode map) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k) {
                out.putIfAbsent(k.getValue(), tuple.getValueNode());
            }
        }
        return out;
    }

    /** A scalar's text, null for a YAML null or for anything that is not a scalar. */
    static String text(Node node) {
        return node instanceof ScalarNode s && !isNull(node) ? s.getValue() : null;
    }

    /** The node as plain values: String (scalars as written), List and Map in file order, null. */
    static Object value(Node node) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode list) {
            List<Object> out = new ArrayList<>();
            list.getValue().forEach(n -> out.add(value(n)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        entries((MappingNode) node).forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static String kind(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        return node instanceof ScalarNode s ? "'" + s.getValue() + "'" : node instanceof SequenceNode ? "a list" : "a mapping";
    }
}
