package org.chainatlas.api;

import java.util.List;
import org.chainatlas.api.model.Text;

/**
 * What one installed dataset contributes.
 *
 * @param bundle          symbolic name of the bundle that provides it
 * @param entries         how many entries the dataset names
 * @param pending         how many of them wait for a layer (or a category) that is not installed
 * @param pendingReasons  why, one distinct reason per line (English, as scripts have read it)
 * @param pendingWhy      the same reasons in Chinese and English
 */
public record DatasetStatus(String id, String version, Text title, String region, String bundle,
                            int entries, int pending, List<String> pendingReasons, List<Text> pendingWhy) {

    public DatasetStatus {
        pendingReasons = List.copyOf(pendingReasons);
        pendingWhy = List.copyOf(pendingWhy);
    }

    /** A status whose reasons are known in English only. */
    public DatasetStatus(String id, String version, Text title, String region, String bundle,
                         int entries, int pending, List<String> pendingReasons) {
        this(id, version, title, region, bundle, entries, pending, pendingReasons,
                pendingReasons.stream().map(r -> Text.of(null, r)).toList());
    }
}
