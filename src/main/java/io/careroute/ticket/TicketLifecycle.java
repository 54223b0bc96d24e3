package io.careroute.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Moves tickets through their statuses on an agent's or supervisor's request. */
@ApplicationScoped
public class TicketLifecycle {

  /** Who asks: the token's subject, and whether they may act on any ticket. */
  public record Actor(String id, boolean supervisor) {}

  /** A move the status machine does not allow (409). */
  public static class IllegalMoveException extends RuntimeException {
    IllegalMoveException(String message) {
      super(message);
    }
  }

  /** An agent acting on a ticket that is not theirs (403). */
  public static class NotYourTicketException extends RuntimeException {
    NotYourTicketException(String message) {
      super(message);
    }
  }

  private final TicketEvents events;
  private final Event<TicketReleased> released;

  TicketLifecycle(TicketEvents events, Event<TicketReleased> released) {
    this.events = events;
    this.released = released;
  }

  /** Applies the change; empty when there is no such ticket. */
  @Transactional
  public Optional<TicketView> changeStatus(String ticketId, StatusChange change, Actor actor) {
    Ticket ticket = Ticket.findById(ticketId);
    if (ticket == null) {
      return Optional.empty();
    }
    if (!actor.supervisor() && !actor.id().equals(ticket.assigneeId)) {
      throw new NotYourTicketException(
          "Only the ticket's assignee or a supervisor may change its status");
    }
    TicketStatus from = ticket.status;
    StatusPolicy.refusal(from, change.status())
        .ifPresent(
            reason -> {
              throw new IllegalMoveException(reason);
            });
    Instant now = Instant.now();
    ticket.status = change.status();
    ticket.updatedAt = now;
    if (change.status() == TicketStatus.RESOLVED) {
      ticket.resolvedAt = now;
      if (ticket.assigneeId != null
          && (from == TicketStatus.ASSIGNED || from == TicketStatus.PENDING_CUSTOMER)) {
        released.fire(new TicketReleased(ticket.id, ticket.assigneeId, ticket.weight));
      }
    }
    events.record(
        ticket,
        TicketEventType.STATUS_CHANGED,
        actor.id(),
        change.reason() == null
            ? Map.of("from", from.name())
            : Map.of("from", from.name(), "reason", change.reason()));
    Ticket.flush(); // a concurrent change surfaces here, as a 409, not at commit
    return Optional.of(TicketMapper.toView(ticket, TicketMessage.listForTicket(ticket.id)));
  }
}
