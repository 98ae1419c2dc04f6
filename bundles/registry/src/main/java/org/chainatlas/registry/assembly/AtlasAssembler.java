package org.chainatlas.registry.assembly;

import java.util.List;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.registry.assembly.Contribution.OfDataset;
import org.chainatlas.registry.assembly.Contribution.OfLayer;

/**
 * Assembles layers and datasets into one {@link Snapshot} in one go. Pure: the same contributions
 * give the same atlas, so it is tested without a framework. The registry itself keeps an
 * {@link AtlasState} and changes it one contribution at a time.
 */
public final class AtlasAssembler {

    private AtlasAssembler() {
    }

    public static Snapshot assemble(long generation, List<OfLayer> layers, List<OfDataset> datasets,
                                    List<LoadProblem> problems) {
        return AtlasState.of(layers, datasets, problems).snapshot(generation);
    }
}
