package io.careroute.ticket;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket status machine as agents drive it: NEW/QUEUED → RESOLVED (nothing to do, e.g. spam),
 * ASSIGNED ↔ PENDING_CUSTOMER, either → RESOLVED, RESOLVED → CLOSED. Assignment, reopening and
 * automatic closing move tickets too, but not through this endpoint.
 */
final class StatusPolicy {

  private static final Map<TicketStatus, Set<TicketStatus>> MOVES =
      Map.of(
          TicketStatus.NEW, EnumSet.of(TicketStatus.RESOLVED),
          TicketStatus.QUEUED, EnumSet.of(TicketStatus.RESOLVED),
          TicketStatus.ASSIGNED, EnumSet.of(TicketStatus.PENDING_CUSTOMER, TicketStatus.RESOLVED),
          TicketStatus.PENDING_CUSTOMER, EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.RESOLVED),
          TicketStatus.RESOLVED, EnumSet.of(TicketStatus.CLOSED),
          TicketStatus.CLOSED, EnumSet.noneOf(TicketStatus.class));

  private StatusPolicy() {}

  /** Why the move is refused, or empty when it is allowed. */
  static Optional<String> refusal(TicketStatus from, TicketStatus to) {
    if (MOVES.get(from).contains(to)) {
      return Optional.empty();
    }
    Set<TicketStatus> allowed = MOVES.get(from);
    return Optional.of(
        "A "
            + from
            + " ticket cannot move to "
            + to
            + (allowed.isEmpty() ? "; it is final" : "; it can move to " + allowed));
  }
}
