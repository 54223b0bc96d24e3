package io.careroute.ticket;

import io.careroute.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records the events the {@link Ticket} aggregate returned, in the transaction of the change, in
 * the one outbox; the outbox relay publishes them to careroute.ticket.events.
 */
@ApplicationScoped
public class TicketEvents {

  private final Outbox outbox;

  TicketEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Records the event, numbered by its outbox row; returns that number. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long record(TicketEvent event) {
    return outbox.add(Outbox.TICKET, event.ticketId(), event.type(), event, "eventId");
  }
}
