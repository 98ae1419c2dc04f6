/**
 * The atlas assembled from layers and datasets: immutable states, their per-dataset segments and
 * the snapshots read from them.
 *
 * <p>What every start runs here (building the layer index, segments, the place tree and the first
 * snapshot, and counting for statistics) is written with loops and named or anonymous classes,
 * not lambdas or streams. In a bundle, each lambda is spun into a class the first time its line
 * runs, about 0.15 ms apiece, and the class-data archive that {@code bin/atlas} keeps does not
 * hold such classes (JDK 17 archives them only for the JDK's own class loaders), while a named
 * class is read from the archive. Queries a start does not run may use either.
 */
package org.chainatlas.registry.assembly;
