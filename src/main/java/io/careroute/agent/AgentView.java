package io.careroute.agent;

import java.time.Instant;
import java.util.List;

/** An agent as the API shows it, with their current load. */
public record AgentView(
    String id,
    String handle,
    String displayName,
    List<String> skills,
    List<String> languages,
    int capacity,
    String signature,
    Presence presence,
    Instant presenceChangedAt,
    long openTickets,
    int openWeight) {

  static AgentView of(Agent a, long openTickets) {
    return new AgentView(
        a.id,
        a.handle,
        a.displayName,
        List.of(a.skills),
        List.of(a.languages),
        a.capacity,
        a.signature,
        a.presence,
        a.presenceChangedAt,
        openTickets,
        a.openWeight);
  }
}
