/**
 * The atlas services: {@link org.chainatlas.api.LayerCatalogue} and {@link org.chainatlas.api.Dataset}
 * are contributed by bundles (whiteboard), and {@link org.chainatlas.api.Atlas} hands out immutable
 * {@link org.chainatlas.api.AtlasSnapshot}s of everything assembled from them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.chainatlas.api;
