package org.chainatlas.api;

/** The assembled atlas. Every call returns the current immutable snapshot; a query never sees half a change. */
@org.osgi.annotation.versioning.ProviderType
public interface Atlas {
    AtlasSnapshot snapshot();
}
