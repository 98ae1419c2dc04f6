package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;

/**
 * One immutable state of the atlas with its indexes. Lookups that fail throw {@link AtlasException}
 * with a sentence naming the valid choices.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AtlasSnapshot {

    /** Increases with every change; equal generations mean equal content. */
    long generation();

    /** Installed layers, bottom first. */
    List<Layer> layers();

    Layer layer(String id);

    List<DatasetStatus> datasets();

    DatasetStatus dataset(String id);

    /** Datasets and layers that failed to load, with the reason. */
    List<LoadProblem> problems();

    /** Every entry attached to an installed layer, bottom layer first. */
    List<Entry> entries();

    /** Entries waiting for a layer or category, with the reason. */
    List<PendingEntry> pending();

    List<Entry> list(EntryQuery query);

    /**
     * The first {@code limit} entries {@link #list(EntryQuery)} returns, in its order, and whether
     * it returns more: a console's page of a listing, without gathering every match.
     *
     * @param limit at least 1
     * @since 1.1
     */
    SearchPage list(EntryQuery query, int limit);

    /** Case-insensitive search over zh and en names, organisations and ids. */
    List<Entry> search(String text);

    /**
     * The first {@code limit} entries {@link #search(String)} returns, in its order, and whether it
     * returns more: a console's page, without checking every match.
     *
     * @param limit at least 1
     */
    SearchPage search(String text, int limit);

    /** One entry by "dataset/id", or by its bare id where only one dataset uses it. */
    Entry entry(String id);

    /**
     * How many datasets have an entry (attached to a layer) with this bare id; where it is more
     * than one, only "dataset/id" names the entry. Answered from indexes, without a scan.
     *
     * @since 1.1
     */
    int datasetsUsingId(String id);

    /** All places of all datasets, parents before children. */
    List<Place> places();

    /** A place by id, GB/T 2260 code, or zh or en name. */
    Place place(String idCodeOrName);

    List<Figure> figures();

    /** Reported figures against named entries; {@code layer} null for every layer. */
    Statistics statistics(String layer);

    /**
     * The same atlas narrowed to the datasets of one region: {@code region} is a dataset id, or
     * the id, code or name of a place (every dataset whose region is that place or lies within it).
     * Layers stay; figures, entries and places are those of the chosen datasets.
     */
    AtlasSnapshot region(String region);

    /** The same atlas with only one layer (entries, figures and statistics of that layer). */
    AtlasSnapshot onlyLayer(String layer);

    /** Every dataset's document as installed: what a JSON export writes and re-imports. */
    java.util.List<org.chainatlas.api.model.DatasetDocument> documents();
}
