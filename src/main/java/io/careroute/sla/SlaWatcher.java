package io.careroute.sla;

import io.careroute.routing.QueueService;
import io.careroute.routing.RoutingConfig;
import io.careroute.routing.UnattendedTickets;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEventType;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scheduled watcher: marks each ticket whose SLA deadline passed as breached (once, however
 * many instances run it: rows are claimed with SKIP LOCKED and the flag is in the WHERE clause),
 * raises its priority one step, emits an event and counts it; then requeues unattended tickets of
 * absent agents, closes tickets resolved long enough ago, and serves the queue. It runs every
 * {@code careroute.sla.watch-every} (15s; {@code off} stops it on this instance).
 */
@ApplicationScoped
@Startup
public class SlaWatcher {

  private static final int BATCH = 500;

  private final TicketEvents events;
  private final MeterRegistry registry;
  private final UnattendedTickets unattended;
  private final QueueService queue;
  private final TicketLifecycle lifecycle;
  private final RoutingConfig routing;

  SlaWatcher(
      TicketEvents events,
      MeterRegistry registry,
      UnattendedTickets unattended,
      QueueService queue,
      TicketLifecycle lifecycle,
      RoutingConfig routing) {
    this.events = events;
    this.registry = registry;
    this.unattended = unattended;
    this.queue = queue;
    this.lifecycle = lifecycle;
    this.routing = routing;
    // Every series exists from the start at 0, so rates and increases see the first breach.
    for (String clock : List.of("FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION")) {
      for (Priority priority : Priority.values()) {
        registry.counter("careroute.sla.breaches", "clock", clock, "priority", priority.name());
      }
    }
  }

  @Scheduled(
      every = "${careroute.sla.watch-every:15s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void watch() {
    Instant now = Instant.now();
    markBreaches(now);
    unattended.requeue(now);
    lifecycle.closeQuiet(now.minus(routing.closeAfter()));
    queue.drain();
  }

  /** Marks the tickets whose deadlines passed by {@code now}; returns their ids. */
  @Transactional
  public List<String> markBreaches(Instant now) {
    @SuppressWarnings("unchecked")
    List<Ticket> due =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select * from ticket where not sla_breached"
                    + " and status in ('NEW', 'QUEUED', 'ASSIGNED')"
                    + " and ((first_response_at is null and first_response_due_at < :now)"
                    + " or next_response_due_at < :now or resolution_due_at < :now)"
                    + " order by first_response_due_at limit "
                    + BATCH
                    + " for update skip locked",
                Ticket.class)
            .setParameter("now", now)
            .getResultList();
    List<String> marked = new ArrayList<>();
    for (Ticket ticket : due) {
      Priority before = ticket.priority;
      String clock = clockOf(ticket, now);
      ticket.slaBreached = true;
      ticket.priority = before.raised(1);
      ticket.updatedAt = now;
      events.record(
          ticket,
          TicketEventType.SLA_BREACHED,
          ticket.assigneeId,
          Map.of("clock", clock, "priorityBefore", before.name()));
      registry
          .counter("careroute.sla.breaches", "clock", clock, "priority", before.name())
          .increment();
      marked.add(ticket.id);
    }
    return marked;
  }

  private static String clockOf(Ticket t, Instant now) {
    if (t.firstResponseAt == null
        && t.firstResponseDueAt != null
        && t.firstResponseDueAt.isBefore(now)) {
      return "FIRST_RESPONSE";
    }
    if (t.nextResponseDueAt != null && t.nextResponseDueAt.isBefore(now)) {
      return "NEXT_RESPONSE";
    }
    return "RESOLUTION";
  }
}
