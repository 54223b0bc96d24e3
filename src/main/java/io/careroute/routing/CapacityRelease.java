package io.careroute.routing;

import io.careroute.ticket.TicketReleased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Frees an agent's capacity when a ticket no longer needs them, in the same transaction, and serves
 * that agent from the queue once the transaction committed, so freed room is used at once.
 */
@ApplicationScoped
public class CapacityRelease {

  private final QueueService queue;

  CapacityRelease(QueueService queue) {
    this.queue = queue;
  }

  void release(@Observes TicketReleased released) {
    AssignmentService.freeCapacity(released.agentId(), released.weight());
  }

  void serveQueue(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketReleased released) {
    queue.serve(released.agentId());
  }
}
