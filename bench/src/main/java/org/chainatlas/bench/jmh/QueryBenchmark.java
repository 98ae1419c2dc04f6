package org.chainatlas.bench.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.SearchPage;
import org.chainatlas.api.Statistics;
import org.chainatlas.api.model.Entry;
import org.chainatlas.bench.Fixture;
import org.chainatlas.bench.LinearScan;
import org.chainatlas.bench.QueryMix;
import org.chainatlas.bench.SyntheticAtlas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Search, list-by-category and statistics on a synthetic atlas of {@code size} entries in 100
 * regional datasets, each beside a plain linear scan answering the same question in the same
 * run. Sample time: every call is one user query, so p50 and p99 are what a user waits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    private AtlasSnapshot snapshot;
    private LinearScan scan;
    private String[] searches;
    private int nextPage;
    private int nextListPage;
    private EntryQuery[] lists;
    private LinearScan.Filter[] filters;
    private int nextSearch;
    private int nextScanSearch;
    private int nextList;
    private int nextScanList;

    @Setup
    public void setUp() {
        SyntheticAtlas synthetic = SyntheticAtlas.withRealLayers();
        snapshot = Fixture.state(synthetic.layers(), synthetic.datasets(size)).snapshot(1);
        if (snapshot.entries().size() != size) {
            throw new IllegalStateException("expected " + size + " entries, the atlas has " + snapshot.entries().size());
        }
        scan = new LinearScan(snapshot);
        searches = QueryMix.SEARCHES.toArray(String[]::new);
        lists = QueryMix.LISTS.toArray(EntryQuery[]::new);
        filters = QueryMix.LISTS.stream().map(scan::filter).toArray(LinearScan.Filter[]::new);
    }

    @Benchmark
    public List<Entry> search() {
        return snapshot.search(searches[nextSearch++ % searches.length]);
    }

    /** What atlas:search shows without --all: the first {@value QueryMix#PAGE} matches and whether there are more. */
    @Benchmark
    public SearchPage searchPage() {
        return snapshot.search(searches[nextPage++ % searches.length], QueryMix.PAGE);
    }

    @Benchmark
    public List<Entry> searchLinearScan() {
        return scan.search(searches[nextScanSearch++ % searches.length]);
    }

    @Benchmark
    public List<Entry> listByCategory() {
        return snapshot.list(lists[nextList++ % lists.length]);
    }

    /** What atlas:list shows without --all: the first {@value QueryMix#PAGE} entries and whether there are more. */
    @Benchmark
    public SearchPage listPage() {
        return snapshot.list(lists[nextListPage++ % lists.length], QueryMix.PAGE);
    }

    @Benchmark
    public List<Entry> listLinearScan() {
        return scan.list(filters[nextScanList++ % filters.length]);
    }

    @Benchmark
    public Statistics stats() {
        return snapshot.statistics(null);
    }

    @Benchmark
    public Map<String, Integer> statsLinearScan() {
        return scan.counts();
    }
}
