package io.careroute.messaging.outbox;

import io.careroute.messaging.Channels;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in three steps, none of which holds a database transaction across a
 * Kafka round trip: claim the oldest unpublished rows (SKIP LOCKED and a lease, so instances share
 * the work) and commit; send them with acks=all and wait for every acknowledgement; mark them
 * published. A crash or an outage in between sends a row again, with the same id: at least once,
 * never lost, and the consumers de-duplicate by that id.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** How long to wait for Kafka to acknowledge a batch; the claims last twice as long. */
  static final Duration ACK_WAIT = Duration.ofSeconds(30);

  private final OutboxClaims claims;
  private final TransactionManager transactions;
  private final Map<String, MutinyEmitter<String>> topics;

  OutboxRelay(
      OutboxClaims claims,
      TransactionManager transactions,
      @Channel(Channels.TICKET_EVENTS_OUT) MutinyEmitter<String> ticketEvents,
      @Channel(Channels.REPLIES_OUT) MutinyEmitter<String> replies) {
    this.claims = claims;
    this.transactions = transactions;
    this.topics = Map.of(Outbox.TICKET, ticketEvents, Outbox.REPLY, replies);
  }

  @Scheduled(
      every = "1s",
      delayed = "3s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void relay() {
    try {
      while (publishBatch() == OutboxClaims.BATCH) {
        // a full batch means more may be waiting
      }
    } catch (RuntimeException e) {
      LOG.warnf("Outbox relay paused until the next run: %s", e.getMessage());
    }
  }

  /** Publishes the oldest unpublished rows; returns how many. Never inside a transaction. */
  public int publishBatch() {
    requireNoTransaction();
    List<OutboxEntry> batch = claims.claim(ACK_WAIT.multipliedBy(2));
    if (batch.isEmpty()) {
      return 0;
    }
    List<Long> ids = batch.stream().map(e -> e.id).toList();
    try {
      Uni.join()
          .all(batch.stream().map(this::send).toList())
          .andFailFast()
          .await()
          .atMost(ACK_WAIT);
    } catch (RuntimeException e) {
      claims.release(ids); // the oldest go first again on the next run
      throw e;
    }
    claims.published(ids);
    return batch.size();
  }

  private void requireNoTransaction() {
    try {
      if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
        throw new IllegalStateException("The outbox relay never waits for Kafka in a transaction");
      }
    } catch (SystemException e) {
      throw new IllegalStateException(e);
    }
  }

  private Uni<Void> send(OutboxEntry entry) {
    MutinyEmitter<String> emitter = topics.get(entry.aggregateType);
    if (emitter == null) {
      return Uni.createFrom()
          .failure(new IllegalStateException("No topic for outbox type " + entry.aggregateType));
    }
    return emitter.sendMessage(
        Message.of(entry.payload)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(entry.aggregateId).build()));
  }
}
