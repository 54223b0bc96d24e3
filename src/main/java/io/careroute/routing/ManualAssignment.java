package io.careroute.routing;

import io.careroute.agent.Agent;
import io.careroute.audit.AuditTrail;
import io.careroute.problem.RefusedException;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEventType;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
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

  private final TicketEvents events;
  private final AuditTrail audit;

  ManualAssignment(TicketEvents events, AuditTrail audit) {
    this.events = events;
    this.audit = audit;
  }

  /** Assigns the ticket; false when there is no such ticket. */
  @Transactional
  public boolean assign(String ticketId, String agentId, TicketLifecycle.Actor actor) {
    Ticket ticket = Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      return false;
    }
    boolean queued =
        ticket.assigneeId == null
            && (ticket.status == TicketStatus.NEW || ticket.status == TicketStatus.QUEUED);
    if (!actor.supervisor() && (!agentId.equals(actor.id()) || !queued)) {
      throw new TicketLifecycle.NotYourTicketException(
          "Agents may only take a queued ticket for themselves");
    }
    if (ticket.status == TicketStatus.RESOLVED || ticket.status == TicketStatus.CLOSED) {
      throw new TicketLifecycle.IllegalMoveException(
          "A " + ticket.status + " ticket cannot be assigned");
    }
    if (agentId.equals(ticket.assigneeId)) {
      return true;
    }
    AgentLoad target = load(agentId);
    EligibilityPolicy.excludedBecause(target, ticket.category, ticket.language, ticket.weight)
        .ifPresent(
            reason -> {
              throw new RefusedException(agentId + " is not eligible: " + reason);
            });
    String previous = ticket.assigneeId;
    if (previous != null) {
      AssignmentService.freeCapacity(previous, ticket.weight);
    }
    Instant now = Instant.now();
    if (!AssignmentService.claim(agentId, ticket.weight, now)) {
      throw new RefusedException(agentId + " is not eligible: no room left");
    }
    ticket.assigneeId = agentId;
    ticket.assignedAt = now;
    ticket.updatedAt = now;
    if (ticket.status != TicketStatus.PENDING_CUSTOMER) {
      ticket.status = TicketStatus.ASSIGNED;
    }
    RoutingDecision decision = new RoutingDecision();
    decision.ticketId = ticket.id;
    decision.at = now;
    decision.outcome = previous == null ? RoutingOutcome.ASSIGNED : RoutingOutcome.REASSIGNED;
    decision.agentId = agentId;
    decision.priority = ticket.priority;
    decision.reasons = List.of("assigned by " + actor.id());
    decision.candidates = List.of(new Candidate(agentId, true, null, target.availability()));
    decision.persist();
    events.record(ticket, TicketEventType.ASSIGNED, agentId, Map.of("by", actor.id()));
    Map<String, Object> before = new HashMap<>();
    before.put("assigneeId", previous);
    audit.record(ticket.id, actor.id(), "ASSIGNED", before, Map.of("assigneeId", agentId));
    return true;
  }

  private static AgentLoad load(String agentId) {
    return Agent.getEntityManager()
        .createQuery(
            "select new io.careroute.routing.AgentLoad(a.id, a.skills, a.languages, a.capacity,"
                + " a.presence, a.openWeight, a.lastAssignedAt) from Agent a where a.id = ?1",
            AgentLoad.class)
        .setParameter(1, agentId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RefusedException("There is no agent " + agentId));
  }
}
