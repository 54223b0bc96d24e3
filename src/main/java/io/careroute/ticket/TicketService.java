package io.careroute.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads tickets for the agent API. */
@ApplicationScoped
public class TicketService {

  /** The ticket with its messages, if it exists. */
  @Transactional
  public Optional<TicketView> find(String id) {
    return Ticket.<Ticket>findByIdOptional(id)
        .map(t -> TicketMapper.toView(t, TicketMessage.listForTicket(t.id)));
  }
}
