package org.chainatlas.bench.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.model.Lang;
import org.chainatlas.bench.Fixture;
import org.chainatlas.bench.SyntheticAtlas;
import org.chainatlas.exporters.HtmlExporter;
import org.chainatlas.exporters.SvgExporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SVG diagram and the HTML page of a synthetic atlas of {@code size} entries, written to a
 * counting stream. Single shots: one export is one user action, and at 10k entries it is slow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {

    @Param({"1000", "3000", "10000"})
    public int size;

    private AtlasSnapshot snapshot;
    private final SvgExporter svg = new SvgExporter();
    private final HtmlExporter html = new HtmlExporter();
    private final CountingStream out = new CountingStream();

    @Setup
    public void setUp() {
        SyntheticAtlas synthetic = SyntheticAtlas.withRealLayers();
        snapshot = Fixture.state(synthetic.layers(), synthetic.datasets(size)).snapshot(1);
    }

    @Benchmark
    public long svg() throws IOException {
        svg.export(snapshot, Lang.EN, out);
        return out.count;
    }

    @Benchmark
    public long html() throws IOException {
        html.export(snapshot, Lang.EN, out);
        return out.count;
    }

    /** Counts what is written, so nothing can be optimised away, and keeps none of it. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
