package io.careroute.ticket;

import io.careroute.problem.ApiException;
import io.careroute.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  public static class IllegalMoveException extends ApiException {
    public IllegalMoveException(String message) {
      super(Response.Status.CONFLICT, message);
    }
  }

  /** An agent acting on a ticket that is not theirs (403). */
  public static class NotYourTicketException extends ApiException {
    public NotYourTicketException(String message) {
      super(Response.Status.FORBIDDEN, message);
    }
  }

  private final TicketEvents events;
  private final Event<TicketReleased> released;
  private final Event<AuditedAction> audited;
  private final Event<ClockStopped> clocks;

  TicketLifecycle(
      TicketEvents events,
      Event<TicketReleased> released,
      Event<AuditedAction> audited,
      Event<ClockStopped> clocks) {
    this.events = events;
    this.released = released;
    this.audited = audited;
    this.clocks = clocks;
  }

  /**
   * Closes the tickets RESOLVED before {@code resolvedBefore} with no word since (a customer's
   * mention would have reopened them); returns their ids. Rows are claimed with SKIP LOCKED, so
   * several instances can run it.
   */
  @Transactional
  public List<String> closeQuiet(Instant resolvedBefore) {
    return closeQuiet(resolvedBefore, null);
  }

  /**
   * The same sweep over these tickets only ({@code null}: every ticket), for a caller that owns
   * them, such as a test that must not touch other tests' tickets.
   */
  @Transactional
  public List<String> closeQuiet(Instant resolvedBefore, Collection<String> among) {
    var query =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select * from ticket where status = 'RESOLVED' and resolved_at < :before"
                    + (among == null ? "" : " and id in (:among)")
                    + " order by resolved_at limit 500 for update skip locked",
                Ticket.class)
            .setParameter("before", resolvedBefore);
    if (among != null) {
      query.setParameter("among", among);
    }
    @SuppressWarnings("unchecked")
    List<Ticket> quiet = query.getResultList();
    Instant now = Instant.now();
    for (Ticket ticket : quiet) {
      events.record(ticket.close("quiet", null, now));
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
    if (!ticket.visibleTo(actor.id(), actor.supervisor())) {
      throw new NotYourTicketException("Agents add notes to their own tickets and the queue");
    }
    TicketMessage note = TicketMessage.note(ticket, actor.id(), text);
    ticket.append(note);
    audited.fire(
        new AuditedAction(ticket.id, actor.id(), "NOTE_ADDED", null, Map.of("messageId", note.id)));
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
    if (!actor.supervisor() && !actor.id().equals(ticket.assigneeId())) {
      throw new NotYourTicketException(
          "Only the ticket's assignee or a supervisor may change its status");
    }
    // Only after ownership: a 412 would tell a stranger the ticket's version.
    TicketVersion.require(ticket, ifMatch);
    boolean held = ticket.holdsCapacity();
    TicketEvent.StatusChanged changed =
        ticket.moveTo(change.status(), change.reason(), actor.id(), Instant.now());
    if (changed.status() == TicketStatus.RESOLVED) {
      ticket.resolutionClock().ifPresent(clocks::fire);
      if (held) {
        released.fire(new TicketReleased(ticket.id, ticket.assigneeId(), ticket.weight()));
      }
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("status", changed.status().name());
    if (change.reason() != null) {
      after.put("reason", change.reason());
    }
    audited.fire(
        new AuditedAction(
            ticket.id,
            actor.id(),
            "STATUS_CHANGED",
            Map.of("status", changed.from().name()),
            after));
    events.record(changed);
    Ticket.flush(); // a concurrent change surfaces here, as a 409, not at commit
    return Optional.of(TicketMapper.toView(ticket, TicketMessage.listForTicket(ticket.id)));
  }
}
