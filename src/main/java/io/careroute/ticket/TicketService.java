package io.careroute.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads tickets for the agent API, applying the visibility rule. */
@ApplicationScoped
public class TicketService {

  /**
   * The ticket with its messages, if it exists. Agents may read their own tickets and the
   * unassigned queue; supervisors and admins any ticket.
   */
  @Transactional
  public Optional<TicketView> find(String id, TicketLifecycle.Actor reader) {
    Optional<Ticket> ticket = Ticket.findByIdOptional(id);
    ticket
        .filter(t -> !visibleTo(t, reader))
        .ifPresent(
            t -> {
              throw new TicketLifecycle.NotYourTicketException(
                  "Agents see their own tickets and the unassigned queue");
            });
    return ticket.map(t -> TicketMapper.toView(t, TicketMessage.listForTicket(t.id)));
  }

  /** Whether the reader may see this ticket: {@link Ticket#visibleTo}. */
  public static boolean visibleTo(Ticket t, TicketLifecycle.Actor reader) {
    return t.visibleTo(reader.id(), reader.supervisor());
  }
}
