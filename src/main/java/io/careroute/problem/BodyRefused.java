package io.careroute.problem;

/**
 * A request body that was not valid JSON was refused (400), on this path: announced so the package
 * that owns the path can count it.
 */
public record BodyRefused(String path) {}
