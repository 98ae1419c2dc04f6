package org.chainatlas.registry.format;

/**
 * Where a value sits in a document, as problems name it ({@code $.entries[3].name.zh}). Spelled out
 * only when a problem is reported: building the string for every value of a 10,000-entry file
 * cost about a third of checking it.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, "$", -1);

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath member(String member) {
        return new JsonPath(this, member, -1);
    }

    JsonPath item(int i) {
        return new JsonPath(this, null, i);
    }

    @Override
    public String toString() {
        return appendTo(new StringBuilder(48)).toString();
    }

    private StringBuilder appendTo(StringBuilder out) {
        if (parent == null) {
            return out.append(name);
        }
        parent.appendTo(out);
        return name != null ? out.append('.').append(name) : out.append('[').append(index).append(']');
    }
}
