package org.chainatlas.api;

import org.chainatlas.api.model.Text;

/**
 * One thing that changed between two snapshots: a layer or dataset that arrived, changed or left.
 *
 * @param summary one line for people, e.g. "+ dataset demo 1.0.0: 40 entries in 3 layers, 2 pending"
 */
public record AtlasChange(Kind kind, Subject subject, String id, String version, Text summary) {

    public enum Kind { ADDED, UPDATED, REMOVED }

    public enum Subject { LAYER, DATASET, PROBLEM }
}
