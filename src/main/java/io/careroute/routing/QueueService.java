package io.careroute.routing;

import io.careroute.agent.Agent;
import io.careroute.agent.Presence;
import io.careroute.agent.RoomMayHaveFreed;
import io.careroute.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Serves the queue whenever capacity may have freed: queued tickets in priority order, then
 * earliest first-response deadline, each offered to the agents as a new ticket would be. Rows are
 * taken with SKIP LOCKED, so several instances drain at once without offering a ticket twice.
 */
@ApplicationScoped
public class QueueService {

  private static final int BATCH = 100;

  private final AssignmentService assignment;

  QueueService(AssignmentService assignment) {
    this.assignment = assignment;
  }

  /**
   * Walks the queue in serving order and offers each ticket, until the queue ends or no ONLINE
   * agent has room left; returns how many were assigned. Always its own transaction, also when
   * called after another one completed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int drain() {
    int assigned = 0;
    Ticket last = null;
    while (anyRoomLeft()) {
      List<Ticket> batch = lockQueuedAfter(last);
      for (Ticket ticket : batch) {
        if (assignment
            .assign(ticket, Optional.empty(), List.of("served from the queue"), false)
            .isPresent()) {
          assigned++;
        }
        last = ticket;
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    return assigned;
  }

  /** An agent may have room now: serve the queue once their change committed. */
  void serve(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomMayHaveFreed room) {
    drain();
  }

  /** The queue in serving order, as ticket ids (for supervisors and tests). */
  @Transactional
  public List<String> queuedIds() {
    return Ticket.getEntityManager()
        .createQuery(
            "select id from Ticket where status = io.careroute.ticket.TicketStatus.QUEUED"
                + " order by priority, firstResponseDueAt, createdAt, id",
            String.class)
        .getResultList();
  }

  private static boolean anyRoomLeft() {
    return Agent.count("presence = ?1 and openWeight < capacity", Presence.ONLINE) > 0;
  }

  /**
   * The next queued tickets after {@code last} in serving order, locked, skipping others' locks.
   */
  @SuppressWarnings("unchecked")
  private static List<Ticket> lockQueuedAfter(Ticket last) {
    String order = "(priority, coalesce(first_response_due_at, :never), created_at, id)";
    var query =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select * from ticket where status = 'QUEUED'"
                    + (last == null ? "" : " and " + order + " > (:p, :due, :created, :id)")
                    + " order by "
                    + order.substring(1, order.length() - 1)
                    + " limit "
                    + BATCH
                    + " for update skip locked",
                Ticket.class)
            .setParameter("never", Ticket.NO_DEADLINE);
    if (last != null) {
      query
          .setParameter("p", last.priority().name())
          .setParameter(
              "due",
              last.firstResponseDueAt() != null ? last.firstResponseDueAt() : Ticket.NO_DEADLINE)
          .setParameter("created", last.createdAt)
          .setParameter("id", last.id);
    }
    return query.getResultList();
  }
}
