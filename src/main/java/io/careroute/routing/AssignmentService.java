package io.careroute.routing;

import io.careroute.agent.Agent;
import io.careroute.agent.Presence;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Offers a ticket to the most available eligible agent (Omni-Channel's model) or queues it, and
 * logs the decision with every candidate. Capacity is claimed by a conditional update of the
 * agent's row, so concurrent consumers and instances can never push an agent past capacity.
 */
@ApplicationScoped
public class AssignmentService {

  private final RoutingConfig config;
  private final TicketEvents events;

  AssignmentService(RoutingConfig config, TicketEvents events) {
    this.config = config;
    this.events = events;
  }

  /** The capacity units a ticket of this priority weighs. */
  public int weightOf(Priority priority) {
    return config.weights().getOrDefault(priority.name(), 1);
  }

  /**
   * Assigns an unassigned ticket or queues it. {@code preferredAgent} (the customer's last agent)
   * wins among eligible agents. Returns the decision, or empty when a queued ticket stays queued
   * with nobody eligible and {@code logWhenQueued} is false (queue drains do not log each miss).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<RoutingDecision> assign(
      Ticket ticket, Optional<String> preferredAgent, List<String> reasons, boolean logWhenQueued) {
    int weight = weightOf(ticket.priority());
    List<AgentLoad> agents = AgentLoad.all();
    List<Candidate> candidates = new ArrayList<>();
    List<AgentLoad> eligible = new ArrayList<>();
    for (AgentLoad agent : agents) {
      Optional<String> excluded =
          EligibilityPolicy.excludedBecause(agent, ticket.category(), ticket.language, weight);
      if (excluded.isEmpty()) {
        eligible.add(agent);
      } else {
        candidates.add(new Candidate(agent.id(), false, excluded.get(), null));
      }
    }
    eligible.sort(order(preferredAgent));
    Instant now = Instant.now();
    List<String> why = new ArrayList<>(reasons);
    String chosen = null;
    for (AgentLoad agent : eligible) {
      if (chosen == null && claim(agent.id(), weight, now)) {
        chosen = agent.id();
        candidates.add(new Candidate(agent.id(), true, null, agent.availability()));
        why.add(whyChosen(agent, preferredAgent));
      } else if (chosen == null) {
        candidates.add(new Candidate(agent.id(), false, "no room: capacity taken meanwhile", null));
      } else {
        candidates.add(new Candidate(agent.id(), true, null, agent.availability()));
      }
    }
    candidates.sort(Comparator.comparing(Candidate::agentId));
    if (chosen != null) {
      events.record(ticket.assignTo(chosen, weight, now, null));
      return Optional.of(log(ticket, RoutingOutcome.ASSIGNED, chosen, why, candidates, now));
    }
    why.add(
        eligible.isEmpty()
            ? "no eligible agent: queued"
            : "every eligible agent filled up meanwhile: queued");
    ticket.queue(now).ifPresent(events::record);
    return logWhenQueued
        ? Optional.of(log(ticket, RoutingOutcome.QUEUED, null, why, candidates, now))
        : Optional.empty();
  }

  /**
   * Frees the capacity an assigned ticket holds and queues it again (the agent went away), or just
   * frees it (resolved). The caller sets the ticket's new status.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(Ticket ticket) {
    if (ticket.assigneeId() == null) {
      return;
    }
    freeCapacity(ticket.assigneeId(), ticket.weight());
  }

  /** Gives back the weight an agent held for a ticket. */
  static void freeCapacity(String agentId, int weight) {
    Agent.update(
        "openWeight = openWeight - ?1 where id = ?2 and openWeight >= ?1", weight, agentId);
  }

  /** Logs a decision that is not an offer (for example a ticket returned to the queue). */
  @Transactional(Transactional.TxType.MANDATORY)
  public RoutingDecision log(
      Ticket ticket,
      RoutingOutcome outcome,
      String agentId,
      List<String> reasons,
      List<Candidate> candidates,
      Instant at) {
    RoutingDecision decision = new RoutingDecision();
    decision.ticketId = ticket.id;
    decision.at = at;
    decision.outcome = outcome;
    decision.agentId = agentId;
    decision.priority = ticket.priority();
    decision.reasons = List.copyOf(reasons);
    decision.candidates = List.copyOf(candidates);
    decision.persist();
    return decision;
  }

  /** Takes room on the agent if they are still ONLINE and it still fits: the database decides. */
  static boolean claim(String agentId, int weight, Instant now) {
    return Agent.update(
            "openWeight = openWeight + ?1, lastAssignedAt = ?2 where id = ?3 and presence = ?4"
                + " and openWeight + ?1 <= capacity",
            weight,
            now,
            agentId,
            Presence.ONLINE)
        == 1;
  }

  /** Sticky agent first, then the most available, then the one idle longest. */
  private static Comparator<AgentLoad> order(Optional<String> preferred) {
    Comparator<AgentLoad> sticky =
        Comparator.comparing(a -> preferred.map(p -> !p.equals(a.id())).orElse(true));
    return sticky
        .thenComparing(Comparator.comparingDouble(AgentLoad::availability).reversed())
        .thenComparing(AgentLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(AgentLoad::id);
  }

  private static String whyChosen(AgentLoad agent, Optional<String> preferred) {
    if (preferred.isPresent() && preferred.get().equals(agent.id())) {
      return "sticky: " + agent.id() + " last handled this customer";
    }
    return String.format(
        java.util.Locale.ROOT,
        "most available: %s with %d of %d units free",
        agent.id(),
        agent.capacity() - agent.openWeight(),
        agent.capacity());
  }
}
