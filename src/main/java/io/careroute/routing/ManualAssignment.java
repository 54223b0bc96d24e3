package io.careroute.routing;

import io.careroute.problem.RefusedException;
import io.careroute.ticket.AuditedAction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvent;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketStatus;
import io.careroute.ticket.TicketVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People assigning tickets: a supervisor to any eligible agent, an agent only a queued ticket to
 * themselves. The target passes the same eligibility rules as automatic routing, and capacity is
 * claimed the same way, so a manual assignment can never overfill an agent either.
 */
@ApplicationScoped
public class ManualAssignment {

  private final AssignmentService assignment;
  private final TicketEvents events;
  private final Event<AuditedAction> audited;

  ManualAssignment(
      AssignmentService assignment, TicketEvents events, Event<AuditedAction> audited) {
    this.assignment = assignment;
    this.events = events;
    this.audited = audited;
  }

  /** Assigns the ticket; false when there is no such ticket. */
  @Transactional
  public boolean assign(
      String ticketId, String agentId, TicketLifecycle.Actor actor, String ifMatch) {
    Ticket ticket = Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      return false;
    }
    if (!actor.supervisor() && (!agentId.equals(actor.id()) || !ticket.unassignedAndOpen())) {
      throw new TicketLifecycle.NotYourTicketException(
          "Agents may only take a queued ticket for themselves");
    }
    // Only after ownership: a 412 would tell a stranger the ticket's version.
    TicketVersion.require(ticket, ifMatch);
    if (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED) {
      throw new TicketLifecycle.IllegalMoveException(
          "A " + ticket.status() + " ticket cannot be assigned");
    }
    if (agentId.equals(ticket.assigneeId())) {
      return true;
    }
    AgentLoad target =
        AgentLoad.of(agentId)
            .orElseThrow(() -> new RefusedException("There is no agent " + agentId));
    EligibilityPolicy.excludedBecause(target, ticket.category(), ticket.language, ticket.weight())
        .ifPresent(
            reason -> {
              throw new RefusedException(agentId + " is not eligible: " + reason);
            });
    String previous = ticket.assigneeId();
    if (previous != null) {
      AssignmentService.freeCapacity(previous, ticket.weight());
    }
    Instant now = Instant.now();
    if (!AssignmentService.claim(agentId, ticket.weight(), now)) {
      throw new RefusedException(agentId + " is not eligible: no room left");
    }
    TicketEvent.Assigned assigned = ticket.assignTo(agentId, ticket.weight(), now, actor.id());
    assignment.log(
        ticket,
        previous == null ? RoutingOutcome.ASSIGNED : RoutingOutcome.REASSIGNED,
        agentId,
        List.of("assigned by " + actor.id()),
        List.of(new Candidate(agentId, true, null, target.availability())),
        now);
    events.record(assigned);
    Map<String, Object> before = new HashMap<>();
    before.put("assigneeId", previous);
    audited.fire(
        new AuditedAction(
            ticket.id, actor.id(), "ASSIGNED", before, Map.of("assigneeId", agentId)));
    return true;
  }
}
