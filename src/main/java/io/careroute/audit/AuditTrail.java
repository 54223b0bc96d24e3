package io.careroute.audit;

import io.careroute.ticket.AuditedAction;
import io.careroute.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail from the actions the ticket module announces, in the transaction that took
 * each, and lists a ticket's trail.
 */
@ApplicationScoped
public class AuditTrail {

  /** One entry as {@code GET /api/v1/tickets/{id}/audit} shows it. */
  public record AuditView(
      Instant at,
      String actorId,
      String action,
      Map<String, Object> before,
      Map<String, Object> after) {}

  /**
   * Records an action in the transaction that took it; {@code before} and {@code after} hold only
   * what it changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void record(@Observes AuditedAction action) {
    AuditEntry entry = new AuditEntry();
    entry.ticketId = action.ticketId();
    entry.actorId = action.actorId();
    entry.action = action.action();
    entry.at = Instant.now();
    entry.before = action.before();
    entry.after = action.after();
    entry.persist();
  }

  /** Whether there is such a ticket. */
  @Transactional
  public boolean ticketExists(String ticketId) {
    return Ticket.count("id", ticketId) > 0;
  }

  /** The ticket's trail, oldest first. */
  @Transactional
  public List<AuditView> forTicket(String ticketId) {
    return AuditEntry.<AuditEntry>list("ticketId = ?1 order by id", ticketId).stream()
        .map(e -> new AuditView(e.at, e.actorId, e.action, e.before, e.after))
        .toList();
  }
}
