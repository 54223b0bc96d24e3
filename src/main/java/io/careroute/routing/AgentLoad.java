package io.careroute.routing;

import io.careroute.agent.Agent;
import io.careroute.agent.Presence;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

  private static final String SELECT =
      "select new io.careroute.routing.AgentLoad(a.id, a.skills, a.languages, a.capacity,"
          + " a.presence, a.openWeight, a.lastAssignedAt) from Agent a";

  /** Every agent's load, read now. */
  static List<AgentLoad> all() {
    return Agent.getEntityManager().createQuery(SELECT, AgentLoad.class).getResultList();
  }

  /** The ONLINE agents with room for at least one unit, read now, most available first. */
  static List<AgentLoad> withRoom() {
    return Agent.getEntityManager()
        .createQuery(
            SELECT
                + " where a.presence = ?1 and a.openWeight < a.capacity"
                + " order by (a.capacity - a.openWeight) * 1.0 / a.capacity desc, a.id",
            AgentLoad.class)
        .setParameter(1, Presence.ONLINE)
        .getResultList();
  }

  /** Whether they are ONLINE with room for at least one unit. */
  boolean hasRoom() {
    return presence == Presence.ONLINE && openWeight < capacity;
  }

  /** One agent's load, read now, if there is such an agent. */
  static Optional<AgentLoad> of(String agentId) {
    return Agent.getEntityManager()
        .createQuery(SELECT + " where a.id = ?1", AgentLoad.class)
        .setParameter(1, agentId)
        .getResultStream()
        .findFirst();
  }

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
