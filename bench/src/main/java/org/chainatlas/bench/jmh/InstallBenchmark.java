package org.chainatlas.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainatlas.api.Validation;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Layer;
import org.chainatlas.bench.Fixture;
import org.chainatlas.bench.SyntheticAtlas;
import org.chainatlas.registry.assembly.AtlasState;
import org.chainatlas.registry.assembly.Snapshot;
import org.chainatlas.registry.format.DatasetValidator;
import org.chainatlas.registry.format.DatasetWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Install to queryable: an atlas already holding {@code atlas} entries (100 regional datasets)
 * takes one more dataset of {@code added} entries, and a query answers from it. Two starting
 * points: the file's bytes (validated as the installer does: read, schema, checks against the
 * installed layers), and an already-read document (what the registry does once the dataset's
 * service appears). The state is immutable, so every call starts from the same atlas.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InstallBenchmark {

    @Param({"1000000"})
    public int atlas;

    @Param({"10000"})
    public int added;

    private AtlasState state;
    private List<Layer> layers;
    private DatasetDocument document;
    private byte[] json;
    private String probe;
    private long generation = 1;

    @Setup
    public void setUp() {
        SyntheticAtlas synthetic = SyntheticAtlas.withRealLayers();
        layers = synthetic.layers();
        state = Fixture.state(layers, synthetic.datasets(atlas));
        document = synthetic.dataset(SyntheticAtlas.REGIONS, added); // synthetic-r100: the 101st region
        json = DatasetWriter.write(document);
        probe = document.entries().get(document.entries().size() - 1).qualifiedId();
    }

    /** bytes → validated document → new state → snapshot → the dataset's last entry found. */
    @Benchmark
    public Entry installFromJson() {
        Validation validation = DatasetValidator.validate(document.id() + ".json", json, layers);
        if (!validation.ok()) {
            throw new IllegalStateException(validation.problems().toString());
        }
        return queryable(validation.document());
    }

    /** document → new state → snapshot → the dataset's last entry found. */
    @Benchmark
    public Entry installDocument() {
        return queryable(document);
    }

    private Entry queryable(DatasetDocument doc) {
        Snapshot snapshot = state.withDataset(Fixture.contribution(doc, 1_000_000)).snapshot(++generation);
        return snapshot.entry(probe);
    }
}
