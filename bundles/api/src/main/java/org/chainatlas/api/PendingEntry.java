package org.chainatlas.api;

import org.chainatlas.api.model.Entry;

/** An entry that waits for its layer, or for a category its layer does not (yet) define. */
public record PendingEntry(Entry entry, String reason) {
}
