package io.careroute.agent;

import io.careroute.problem.ApiException;
import io.careroute.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates agents and changes their presence. Presence and load are changed by SQL updates of single
 * columns, never by writing a whole entity back, so they cannot undo a concurrent claim.
 */
@ApplicationScoped
public class AgentService {

  /** Thrown when an agent's id or handle is taken. */
  public static class AgentExistsException extends ApiException {
    AgentExistsException(String message) {
      super(Response.Status.CONFLICT, message);
    }
  }

  private final Event<RoomMayHaveFreed> roomFreed;

  AgentService(Event<RoomMayHaveFreed> roomFreed) {
    this.roomFreed = roomFreed;
  }

  /** Creates an agent, OFFLINE until they say otherwise. */
  @Transactional
  public AgentView create(NewAgent request) {
    String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
    if (Agent.findById(id) != null) {
      throw new AgentExistsException("An agent with id " + id + " exists");
    }
    if (Agent.count("handle", request.handle()) > 0) {
      throw new AgentExistsException("An agent with handle " + request.handle() + " exists");
    }
    Agent agent = new Agent();
    agent.id = id;
    agent.handle = request.handle();
    agent.displayName = request.displayName();
    agent.skills = request.skills().toArray(String[]::new);
    agent.languages = request.languages().toArray(String[]::new);
    agent.capacity = request.capacity();
    agent.signature = request.signature();
    agent.presence = Presence.OFFLINE;
    agent.presenceChangedAt = Instant.now();
    agent.createdAt = agent.presenceChangedAt;
    agent.persist();
    roomFreed.fire(new RoomMayHaveFreed(id));
    return AgentView.of(agent, 0);
  }

  /** Every agent with their open tickets, in one query for the counts. */
  @Transactional
  public List<AgentView> list() {
    Map<String, Long> open = new HashMap<>();
    Agent.getEntityManager()
        .createQuery(
            "select t.assigneeId, count(t) from Ticket t where t.status in ?1 group by t.assigneeId",
            Object[].class)
        .setParameter(1, List.of(TicketStatus.ASSIGNED, TicketStatus.PENDING_CUSTOMER))
        .getResultList()
        .forEach(row -> open.put((String) row[0], (Long) row[1]));
    return Agent.<Agent>listAll().stream()
        .sorted(java.util.Comparator.comparing(a -> a.id))
        .map(a -> AgentView.of(a, open.getOrDefault(a.id, 0L)))
        .toList();
  }

  /** Sets an agent's presence; empty when there is no such agent. */
  @Transactional
  public Optional<AgentView> setPresence(String agentId, Presence presence) {
    int changed =
        Agent.update(
            "presence = ?1, presenceChangedAt = ?2 where id = ?3 and presence <> ?1",
            presence,
            Instant.now(),
            agentId);
    if (changed == 0 && Agent.findById(agentId) == null) {
      return Optional.empty();
    }
    if (presence == Presence.ONLINE) {
      roomFreed.fire(new RoomMayHaveFreed(agentId));
    }
    return find(agentId);
  }

  /**
   * Changes an agent's capacity; tickets they already hold stay with them even above a lowered
   * capacity, they just get no more until below it. Empty when there is no such agent.
   */
  @Transactional
  public Optional<AgentView> setCapacity(String agentId, int capacity) {
    if (Agent.update("capacity = ?1 where id = ?2", capacity, agentId) == 0) {
      return Optional.empty();
    }
    roomFreed.fire(new RoomMayHaveFreed(agentId));
    return find(agentId);
  }

  /** One agent with their open tickets. */
  @Transactional
  public Optional<AgentView> find(String agentId) {
    Agent.getEntityManager().clear();
    Agent agent = Agent.findById(agentId);
    if (agent == null) {
      return Optional.empty();
    }
    long open =
        Agent.getEntityManager()
            .createQuery(
                "select count(t) from Ticket t where t.assigneeId = ?1 and t.status in ?2",
                Long.class)
            .setParameter(1, agentId)
            .setParameter(2, List.of(TicketStatus.ASSIGNED, TicketStatus.PENDING_CUSTOMER))
            .getSingleResult();
    return Optional.of(AgentView.of(agent, open));
  }
}
