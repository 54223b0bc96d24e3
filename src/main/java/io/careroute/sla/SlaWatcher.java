package io.careroute.sla;

import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvent;
import io.careroute.ticket.TicketEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Marks each ticket whose SLA deadline passed as breached (once, however many instances run it:
 * rows are claimed with SKIP LOCKED and the flag is in the WHERE clause), raises its priority one
 * step, emits an event and counts it. Routing's {@code Housekeeping} runs it on schedule.
 */
@ApplicationScoped
@Startup
public class SlaWatcher {

  private static final int BATCH = 500;

  private final TicketEvents events;
  private final MeterRegistry registry;

  SlaWatcher(TicketEvents events, MeterRegistry registry) {
    this.events = events;
    this.registry = registry;
    // Every series exists from the start at 0, so rates and increases see the first breach.
    for (String clock : List.of("FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION")) {
      for (Priority priority : Priority.values()) {
        registry.counter("careroute.sla.breaches", "clock", clock, "priority", priority.name());
      }
    }
  }

  /** Marks the tickets whose deadlines passed by {@code now}; returns their ids. */
  @Transactional
  public List<String> markBreaches(Instant now) {
    return markBreaches(now, null);
  }

  /**
   * The same sweep over these tickets only ({@code null}: every ticket), for a caller that owns
   * them, such as a test that must not touch other tests' tickets.
   */
  @Transactional
  public List<String> markBreaches(Instant now, Collection<String> among) {
    var query =
        Ticket.getEntityManager()
            .createNativeQuery(
                "select * from ticket where not sla_breached"
                    + " and status in ('NEW', 'QUEUED', 'ASSIGNED')"
                    + " and ((first_response_at is null and first_response_due_at < :now)"
                    + " or next_response_due_at < :now or resolution_due_at < :now)"
                    + (among == null ? "" : " and id in (:among)")
                    + " order by first_response_due_at limit "
                    + BATCH
                    + " for update skip locked",
                Ticket.class)
            .setParameter("now", now);
    if (among != null) {
      query.setParameter("among", among);
    }
    @SuppressWarnings("unchecked")
    List<Ticket> due = query.getResultList();
    List<String> marked = new ArrayList<>();
    for (Ticket ticket : due) {
      TicketEvent.SlaBreached breached = ticket.breach(clockOf(ticket, now), now);
      events.record(breached);
      registry
          .counter(
              "careroute.sla.breaches",
              "clock",
              breached.clock(),
              "priority",
              breached.priorityBefore().name())
          .increment();
      marked.add(ticket.id);
    }
    return marked;
  }

  private static String clockOf(Ticket t, Instant now) {
    if (t.firstResponseAt() == null
        && t.firstResponseDueAt() != null
        && t.firstResponseDueAt().isBefore(now)) {
      return "FIRST_RESPONSE";
    }
    if (t.nextResponseDueAt() != null && t.nextResponseDueAt().isBefore(now)) {
      return "NEXT_RESPONSE";
    }
    return "RESOLUTION";
  }
}
