package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.Entry;

/**
 * The first matches of a search or a listing, as a console shows them: in the order the whole
 * search or listing returns them (bottom layer first), with whether there are more. Finding more
 * is not the same as counting them: a page costs about what its own entries cost, even when the
 * atlas holds a million entries and the text is in a hundred thousand of them.
 *
 * @param entries the first matches, at most the limit asked for
 * @param more    true when the search or listing has matches past these
 */
public record SearchPage(List<Entry> entries, boolean more) {

    public SearchPage {
        entries = List.copyOf(entries);
    }
}
