package org.chainatlas.shell;

import java.util.function.Supplier;

/**
 * The atlas's snapshot taken on first use and kept for one command, so that checking an option's
 * value (is there such a layer?) and answering read the same state of the atlas.
 */
final class Once<T> implements Supplier<T> {
    private final Supplier<T> source;
    private T value;

    Once(Supplier<T> source) {
        this.source = source;
    }

    @Override
    public T get() {
        if (value == null) {
            value = source.get();
        }
        return value;
    }
}
