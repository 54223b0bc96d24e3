package io.careroute.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records ticket events in the caller's transaction (the outbox); the relay publishes them. */
@ApplicationScoped
public class TicketEvents {

  /** Records an event about the ticket, with its status and priority at this moment. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Ticket ticket, TicketEventType type, String agentId, Map<String, ?> extra) {
    TicketEventEntry entry = new TicketEventEntry();
    entry.ticketId = ticket.id;
    entry.type = type;
    entry.agentId = agentId;
    entry.at = Instant.now();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("status", ticket.status.name());
    detail.put("priority", ticket.priority.name());
    detail.put("category", ticket.category);
    detail.putAll(extra);
    entry.detail = detail;
    entry.persist();
  }

  public void record(Ticket ticket, TicketEventType type, String agentId) {
    record(ticket, type, agentId, Map.of());
  }
}
