package io.careroute.routing;

import io.careroute.ticket.Priority;
import java.time.Instant;
import java.util.List;

/** A routing decision as {@code GET /api/v1/tickets/{id}/routing} shows it. */
public record RoutingDecisionView(
    Instant at,
    RoutingOutcome outcome,
    String agentId,
    Priority priority,
    List<String> reasons,
    List<Candidate> candidates) {

  /** The response body: every decision, oldest first. */
  public record Decisions(List<RoutingDecisionView> decisions) {}

  static RoutingDecisionView of(RoutingDecision d) {
    return new RoutingDecisionView(d.at, d.outcome, d.agentId, d.priority, d.reasons, d.candidates);
  }
}
