package io.careroute.routing;

import io.careroute.agent.Presence;
import java.time.Instant;
import java.util.Arrays;

/**
 * An agent's routing facts, read fresh from the database for each decision (a projection, never a
 * managed entity, so a decision never works from a stale load).
 */
public record AgentLoad(
    String id,
    String[] skills,
    String[] languages,
    int capacity,
    Presence presence,
    int openWeight,
    Instant lastAssignedAt) {

  boolean hasSkill(String category) {
    return Arrays.asList(skills).contains(category);
  }

  boolean speaks(String language) {
    return Arrays.asList(languages).contains(language);
  }

  /** Spare capacity relative to total, after taking a ticket of this weight. */
  double availability() {
    return (capacity - openWeight) / (double) capacity;
  }
}
