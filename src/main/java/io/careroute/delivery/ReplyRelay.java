package io.careroute.delivery;

import io.careroute.messaging.Channels;
import io.careroute.messaging.KeyedSends;
import io.careroute.messaging.ReplyRequested;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes stored replies to the outbound topic: the PENDING message row is the outbox, claimed
 * with SKIP LOCKED and marked dispatched only once Kafka acknowledged it. A crash in between sends
 * it again with the same message id, which the delivery stage recognises.
 */
@ApplicationScoped
public class ReplyRelay {

  private static final int BATCH = 200;

  private final MutinyEmitter<ReplyRequested> emitter;

  ReplyRelay(@Channel(Channels.REPLIES_OUT) MutinyEmitter<ReplyRequested> emitter) {
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

  /** Publishes the oldest undispatched replies; returns how many. */
  @Transactional
  public int publishBatch() {
    @SuppressWarnings("unchecked")
    List<TicketMessage> replies =
        TicketMessage.getEntityManager()
            .createNativeQuery(
                "select * from ticket_message where delivery_status = 'PENDING'"
                    + " and dispatched_at is null order by arrival limit "
                    + BATCH
                    + " for update skip locked",
                TicketMessage.class)
            .getResultList();
    if (replies.isEmpty()) {
      return 0;
    }
    Map<String, Ticket> tickets =
        Ticket.<Ticket>list("id in ?1", replies.stream().map(m -> m.ticketId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(t -> t.id, Function.identity()));
    KeyedSends.sendAll(
        emitter,
        replies.stream().map(m -> request(m, tickets.get(m.ticketId))).toList(),
        ReplyRequested::ticketId);
    Instant now = Instant.now();
    replies.forEach(m -> m.dispatchedAt = now);
    return replies.size();
  }

  private static ReplyRequested request(TicketMessage m, Ticket ticket) {
    return new ReplyRequested(
        m.id,
        m.ticketId,
        m.platform,
        m.visibility.name(),
        m.text,
        m.inReplyToExternalId,
        ticket.customerId,
        m.createdAt);
  }
}
