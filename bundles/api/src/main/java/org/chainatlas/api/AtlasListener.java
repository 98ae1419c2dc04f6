package org.chainatlas.api;

import java.util.List;

/**
 * Whiteboard: register one to hear, after the fact and off the caller's thread, what arrived,
 * changed or left. A burst of changes (a refresh, a folder of files) comes as one call.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface AtlasListener {
    void atlasChanged(AtlasSnapshot now, List<AtlasChange> changes);
}
