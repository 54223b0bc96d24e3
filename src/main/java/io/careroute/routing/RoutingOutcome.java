package io.careroute.routing;

/** What a routing decision did with a ticket. */
public enum RoutingOutcome {
  ASSIGNED,
  QUEUED,
  REASSIGNED,
  RETURNED_TO_QUEUE
}
