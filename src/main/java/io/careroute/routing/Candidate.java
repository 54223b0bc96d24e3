package io.careroute.routing;

/**
 * One agent as a routing decision saw them: eligible with a score (spare capacity relative to
 * total), or ruled out and why.
 */
public record Candidate(String agentId, boolean eligible, String excludedBecause, Double score) {}
