package io.careroute.ticket;

import io.careroute.audit.AuditTrail;
import io.careroute.metrics.TicketTimes;
import io.careroute.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Moves tickets through their statuses on an agent's or supervisor's request. */
@ApplicationScoped
public class TicketLifecycle {

  /** Who asks: the token's subject, and whether they may act on any ticket. */
  public record Actor(String id, boolean supervisor) {

    /** The caller behind a request's token: its subject. */
    public static Actor of(SecurityIdentity identity) {
      return new Actor(
          Caller.idOf(identity.getPrincipal()),
          identity.hasRole("supervisor") || identity.hasRole("admin"));
    }
  }

  /** A move the status machine does not allow (409). */
  public static class IllegalMoveException extends RuntimeException {
    public IllegalMoveException(String message) {
      super(message);
    }
  }

  /** An agent acting on a ticket that is not theirs (403). */
  public static class NotYourTicketException extends RuntimeException {
    public NotYourTicketException(String message) {
      super(message);
    }
  }

  private final TicketEvents events;
  private final Event<TicketReleased> released;
  private final AuditTrail audit;

  private final TicketTimes times;

  TicketLifecycle(
      TicketEvents events, Event<TicketReleased> released, AuditTrail audit, TicketTimes times) {
    this.events = events;
    this.released = released;
    this.audit = audit;
    this.times = times;
  }

  /**
   * Closes the tickets RESOLVED before {@code resolvedBefore} with no word since (a customer's
   * mention would have reopened them); returns their ids. Rows are claimed with SKIP LOCKED, so
   * several instances can run it.
   */
  @Transactional
  public java.util.List<String> closeQuiet(Instant resolvedBefore) {
    @SuppressWarnings("unchecked")
    java.util.List<Ticket> quiet =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select * from ticket where status = 'RESOLVED' and resolved_at < :before"
                    + " order by resolved_at limit 500 for update skip locked",
                Ticket.class)
            .setParameter("before", resolvedBefore)
            .getResultList();
    Instant now = Instant.now();
    for (Ticket ticket : quiet) {
      ticket.status = TicketStatus.CLOSED;
      ticket.updatedAt = now;
      events.record(
          ticket,
          TicketEventType.STATUS_CHANGED,
          null,
          Map.of("from", "RESOLVED", "reason", "quiet"));
    }
    return quiet.stream().map(t -> t.id).toList();
  }

  /** Adds an internal note (never delivered); empty when there is no such ticket. */
  @Transactional
  public Optional<TicketView.MessageView> addNote(String ticketId, String text, Actor actor) {
    Ticket ticket = Ticket.findById(ticketId);
    if (ticket == null) {
      return Optional.empty();
    }
    if (!TicketService.visibleTo(ticket, actor)) {
      throw new NotYourTicketException("Agents add notes to their own tickets and the queue");
    }
    TicketMessage note = new TicketMessage();
    note.id = UUID.randomUUID().toString();
    note.ticketId = ticket.id;
    note.platform = ticket.platform;
    note.direction = Direction.NOTE;
    note.authorId = actor.id();
    note.authorHandle = actor.id();
    note.text = text;
    note.visibility = Visibility.PRIVATE;
    note.createdAt = Instant.now();
    note.persist();
    ticket.messageCount++;
    ticket.updatedAt = note.createdAt;
    audit.record(ticket.id, actor.id(), "NOTE_ADDED", null, Map.of("messageId", note.id));
    return Optional.of(TicketMapper.toView(note));
  }

  /**
   * Applies the change; empty when there is no such ticket. An {@code If-Match} that names an older
   * version is refused (412).
   */
  @Transactional
  public Optional<TicketView> changeStatus(
      String ticketId, StatusChange change, Actor actor, String ifMatch) {
    Ticket ticket = Ticket.findById(ticketId);
    if (ticket == null) {
      return Optional.empty();
    }
    if (!actor.supervisor() && !actor.id().equals(ticket.assigneeId)) {
      throw new NotYourTicketException(
          "Only the ticket's assignee or a supervisor may change its status");
    }
    // Only after ownership: a 412 would tell a stranger the ticket's version.
    TicketVersion.require(ticket, ifMatch);
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
      times.resolved(ticket.priority.name(), ticket.createdAt, now);
      if (ticket.assigneeId != null
          && (from == TicketStatus.ASSIGNED || from == TicketStatus.PENDING_CUSTOMER)) {
        released.fire(new TicketReleased(ticket.id, ticket.assigneeId, ticket.weight));
      }
    }
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("status", change.status().name());
    if (change.reason() != null) {
      after.put("reason", change.reason());
    }
    audit.record(ticket.id, actor.id(), "STATUS_CHANGED", Map.of("status", from.name()), after);
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
