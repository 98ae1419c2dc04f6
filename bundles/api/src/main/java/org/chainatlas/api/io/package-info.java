/**
 * Writing the files a user names: {@link org.chainatlas.api.io.WholeFile} writes one whole or not
 * at all, and replaces only a regular file. Shared by the bundles that write such files (exports,
 * packed bundles, imported datasets and mapping templates).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chainatlas.api.io;
