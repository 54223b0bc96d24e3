package io.careroute.routing;

import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvent;
import io.careroute.ticket.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Puts back in the queue the tickets of agents who went AWAY or OFFLINE longer ago than the grace
 * period and have not answered them yet; answered tickets stay with their agent.
 */
@ApplicationScoped
public class UnattendedTickets {

  private final RoutingConfig config;
  private final AssignmentService assignment;
  private final TicketEvents events;

  UnattendedTickets(RoutingConfig config, AssignmentService assignment, TicketEvents events) {
    this.config = config;
    this.assignment = assignment;
    this.events = events;
  }

  /** Requeues what the grace period no longer covers at {@code now}; returns the ticket ids. */
  @Transactional
  public List<String> requeue(Instant now) {
    return requeue(now, null);
  }

  /**
   * The same sweep over these tickets only ({@code null}: every ticket), for a caller that owns
   * them, such as a test that must not touch other tests' tickets.
   */
  @Transactional
  public List<String> requeue(Instant now, Collection<String> among) {
    var query =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select t.* from ticket t join agent a on a.id = t.assignee_id"
                    + " where t.first_response_at is null and status = 'ASSIGNED'"
                    + " and a.presence <> 'ONLINE' and a.presence_changed_at < :cutoff"
                    + (among == null ? "" : " and t.id in (:among)")
                    + " order by t.priority, t.first_response_due_at limit 500"
                    + " for update of t skip locked",
                Ticket.class)
            .setParameter("cutoff", now.minus(config.presenceGrace()));
    if (among != null) {
      query.setParameter("among", among);
    }
    @SuppressWarnings("unchecked")
    List<Ticket> tickets = query.getResultList();
    List<String> requeued = new ArrayList<>();
    for (Ticket ticket : tickets) {
      String agent = ticket.assigneeId();
      assignment.release(ticket);
      TicketEvent.ReturnedToQueue returned = ticket.requeue(now);
      assignment.log(
          ticket,
          RoutingOutcome.RETURNED_TO_QUEUE,
          agent,
          List.of(
              agent
                  + " is away longer than the grace period of "
                  + config.presenceGrace()
                  + " and has not replied yet"),
          List.of(),
          now);
      events.record(returned);
      requeued.add(ticket.id);
    }
    return requeued;
  }
}
