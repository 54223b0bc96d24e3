package io.careroute.routing;

import io.careroute.agent.Presence;
import java.util.Optional;

/**
 * The rules an agent must pass to be offered a ticket, each returning why it failed: ONLINE, the
 * ticket's category among their skills, its language among theirs, and room for its weight.
 */
final class EligibilityPolicy {

  private EligibilityPolicy() {}

  static Optional<String> excludedBecause(
      AgentLoad agent, String category, String language, int weight) {
    if (agent.presence() != Presence.ONLINE) {
      return Optional.of("presence " + agent.presence());
    }
    if (!agent.hasSkill(category)) {
      return Optional.of("no skill " + category);
    }
    if (!agent.speaks(language)) {
      return Optional.of("does not speak " + language);
    }
    if (agent.openWeight() + weight > agent.capacity()) {
      return Optional.of(
          "no room: open weight "
              + agent.openWeight()
              + " of capacity "
              + agent.capacity()
              + ", ticket weighs "
              + weight);
    }
    return Optional.empty();
  }
}
