package io.careroute.routing;

import io.careroute.agent.RoomMayHaveFreed;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Serves the queue by match, not by walk: for an agent with room, the best queued ticket they may
 * take (their skills, their languages, a weight that fits) is one query on the partial index of
 * queued tickets, however long the queue is, and it is offered as a new ticket would be. The rows
 * are locked with SKIP LOCKED, so several instances serve at once without offering a ticket twice.
 *
 * <p>Cost per event: a presence, capacity or release change serves that one agent, one index probe
 * per (skill, language, priority) they cover and one offer per ticket taken; the periodic sweep
 * does the same for each ONLINE agent with room. A queue nobody can take from costs one probe per
 * agent with room, not a walk of the queue.
 */
@ApplicationScoped
public class QueueService {

  /** Tickets locked by someone else are skipped; this many in a row end the attempt. */
  private static final int MAX_SKIPPED = 20;

  /** Joins an agent's skills or languages for {@code string_to_array}: no label contains it. */
  private static final String SEPARATOR = "\u001f";

  private final AssignmentService assignment;

  QueueService(AssignmentService assignment) {
    this.assignment = assignment;
  }

  /**
   * Serves every ONLINE agent with room, a ticket each per round, until a round assigns nothing;
   * returns how many were assigned. Always its own transaction, also when called after another one
   * completed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int drain() {
    int assigned = 0;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (AgentLoad agent : AgentLoad.withRoom()) {
        Optional<AgentLoad> now = AgentLoad.of(agent.id());
        if (now.isPresent() && now.get().hasRoom() && serveOne(now.get())) {
          assigned++;
          progress = true;
        }
      }
    }
    return assigned;
  }

  /**
   * Serves one agent until they are full or nothing queued fits them; returns how many tickets were
   * assigned (each to the most available eligible agent, usually this one).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int serve(String agentId) {
    int assigned = 0;
    for (Optional<AgentLoad> agent = AgentLoad.of(agentId);
        agent.isPresent() && agent.get().hasRoom() && serveOne(agent.get());
        agent = AgentLoad.of(agentId)) {
      assigned++;
    }
    return assigned;
  }

  /** An agent may have room now: serve them once their change committed. */
  void serve(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomMayHaveFreed room) {
    serve(room.agentId());
  }

  /** The queue in serving order, as ticket ids (for supervisors and tests). */
  @Transactional
  public List<String> queuedIds() {
    return Ticket.getEntityManager()
        .createQuery(
            "select id from Ticket where status = io.careroute.ticket.TicketStatus.QUEUED"
                + " order by priority, firstResponseDueAt nulls last, createdAt, id",
            String.class)
        .getResultList();
  }

  /** Offers the best queued ticket this agent may take; false when there is none to offer. */
  private boolean serveOne(AgentLoad agent) {
    List<String> fitting = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      if (agent.openWeight() + assignment.weightOf(priority) <= agent.capacity()) {
        fitting.add(priority.name());
      }
    }
    if (fitting.isEmpty() || agent.skills().length == 0 || agent.languages().length == 0) {
      return false;
    }
    List<String> skipped = new ArrayList<>();
    while (skipped.size() < MAX_SKIPPED) {
      Optional<String> best = bestFor(agent, fitting, skipped);
      if (best.isEmpty()) {
        return false;
      }
      Optional<Ticket> locked = lockIfQueued(best.get());
      if (locked.isPresent()) {
        return assignment
            .assign(locked.get(), Optional.empty(), List.of("served from the queue"), false)
            .isPresent();
      }
      skipped.add(best.get());
    }
    return false;
  }

  /**
   * The first queued ticket in serving order among those an agent may take: for each (skill,
   * language, priority) the first entry of the partial index {@code ticket_queue_match}, then the
   * best of those few.
   */
  static final String PROBE =
      "select t.id from unnest(string_to_array(:skills, :sep)) s(category)"
          + " cross join unnest(string_to_array(:languages, :sep)) l(language)"
          + " cross join unnest(string_to_array(:priorities, :sep)) p(priority)"
          + " cross join lateral (select q.id, q.priority, q.first_response_due_at,"
          + " q.created_at from ticket q where q.status = 'QUEUED'"
          + " and q.category = s.category and q.language = l.language"
          + " and q.priority = p.priority"
          + " and q.id <> all(string_to_array(:skipped, :sep))"
          + " order by q.first_response_due_at, q.created_at, q.id limit 1) t"
          + " order by t.priority, t.first_response_due_at, t.created_at, t.id limit 1";

  /** {@link #PROBE} (or a statement around it) with an agent's skills, languages and priorities. */
  static Query probe(AgentLoad agent, List<String> priorities, List<String> skipped, Query query) {
    return query
        .setParameter("skills", String.join(SEPARATOR, Arrays.asList(agent.skills())))
        .setParameter("languages", String.join(SEPARATOR, Arrays.asList(agent.languages())))
        .setParameter("priorities", String.join(SEPARATOR, priorities))
        .setParameter("skipped", String.join(SEPARATOR, skipped))
        .setParameter("sep", SEPARATOR);
  }

  /**
   * The id of the first queued ticket in serving order among those this agent may take: for each
   * (skill, language, priority) the first of the index {@code ticket_queue_match}, then the best of
   * those few.
   */
  private static Optional<String> bestFor(
      AgentLoad agent, List<String> priorities, List<String> skipped) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        probe(
                agent,
                priorities,
                skipped,
                Ticket.getEntityManager().createNativeQuery(PROBE, String.class))
            .getResultList();
    return ids.stream().findFirst();
  }

  /** The ticket, locked, if it is still queued and nobody else holds it. */
  @SuppressWarnings("unchecked")
  private static Optional<Ticket> lockIfQueued(String id) {
    List<Ticket> rows =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select * from ticket where id = :id and status = 'QUEUED'"
                    + " for update skip locked",
                Ticket.class)
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst();
  }
}
