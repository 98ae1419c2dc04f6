/**
 * The atlas model: immutable records for layers, facets, categories, entries, places, reported
 * figures, sources and datasets. Every text a user reads is a bilingual {@link org.chainatlas.api.model.Text}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.chainatlas.api.model;
