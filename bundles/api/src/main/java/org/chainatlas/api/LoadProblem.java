package org.chainatlas.api;

/** A dataset or layer that could not be loaded: which bundle, which resource in it, and what is wrong. */
public record LoadProblem(String bundle, String resource, String message) {
}
