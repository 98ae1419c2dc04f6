package org.chainatlas.bench;

import java.util.List;
import org.chainatlas.api.EntryQuery;

/**
 * The fixed queries every size is measured with, as an analyst would type them: Chinese fragments,
 * English words in any case, very common words and texts that are nowhere. Measured in turn, so a
 * percentile is over the whole mix.
 */
public final class QueryMix {
    private QueryMix() {
    }

    /** How many matches atlas:search shows unless told --all (AtlasCommands.SEARCH_PAGE). */
    public static final int PAGE = 50;

    public static final List<String> SEARCHES = List.of(
            "链融",           // a brand fragment: a few hundred hits at 1M
            "杭州",           // a city: one dataset's worth of hits
            "区块链",         // a very common word: tens of thousands of hits at 1M
            "数据共享",       // a product word
            "Lianrong",       // an English brand, capitalised
            "qingdao",        // an English city, lower case
            "Supply Chain",   // an English phrase
            "research institute", // an English type of institution
            "量子引力",       // nowhere
            "zzyzx");         // nowhere

    public static final List<EntryQuery> LISTS = List.of(
            query("middle", List.of("tech-support"), null, null),                // a parent: its children's entries too
            query(null, List.of("park"), null, null),                            // any layer
            query(null, List.of("finance"), null, null),                         // in two facets of the application layer
            query(null, List.of("industry:logistics-supply-chain"), null, null), // facet:category
            query("base", List.of("open-source"), null, null),
            query("application", List.of("domain:traceability"), "synthetic-r007", null), // and a place
            query("service", List.of("investor"), null, "synthetic-r042"),      // and a dataset
            query("application", List.of("industry:secondary", "domain:finance"), null, null)); // two categories

    private static EntryQuery query(String layer, List<String> categories, String place, String dataset) {
        return new EntryQuery(layer, categories, place, dataset);
    }
}
