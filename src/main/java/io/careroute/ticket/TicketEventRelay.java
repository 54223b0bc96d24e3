package io.careroute.ticket;

import io.careroute.messaging.Channels;
import io.careroute.messaging.KeyedSends;
import io.careroute.messaging.TicketEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Relays the ticket-event outbox to Kafka: claims unpublished rows (SKIP LOCKED, so instances share
 * the work), sends them, and marks them published only once Kafka acknowledged them all. A crash in
 * between sends a row again with the same {@code eventId}: at least once, never lost.
 */
@ApplicationScoped
public class TicketEventRelay {

  private static final int BATCH = 500;

  private final MutinyEmitter<TicketEvent> emitter;

  TicketEventRelay(@Channel(Channels.TICKET_EVENTS_OUT) MutinyEmitter<TicketEvent> emitter) {
    this.emitter = emitter;
  }

  @Scheduled(
      every = "1s",
      delayed = "3s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void relay() {
    while (publishBatch() == BATCH) {
      // a full batch means more may be waiting
    }
  }

  /** Publishes the oldest unpublished events; returns how many. */
  @Transactional
  public int publishBatch() {
    @SuppressWarnings("unchecked")
    List<TicketEventEntry> entries =
        TicketEventEntry.getEntityManager()
            .createNativeQuery(
                "select * from ticket_event where published_at is null order by id limit "
                    + BATCH
                    + " for update skip locked",
                TicketEventEntry.class)
            .getResultList();
    if (entries.isEmpty()) {
      return 0;
    }
    KeyedSends.sendAll(
        emitter, entries.stream().map(TicketEventRelay::event).toList(), TicketEvent::ticketId);
    Instant now = Instant.now();
    entries.forEach(e -> e.publishedAt = now);
    return entries.size();
  }

  private static TicketEvent event(TicketEventEntry e) {
    return new TicketEvent(e.id, e.type.name(), e.ticketId, e.agentId, e.at, e.detail);
  }
}
