package io.careroute.routing;

import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionClassified;
import io.careroute.messaging.StageProgress;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The routing stage: its own consumer group reads classified mentions in batches and routes each
 * batch in one transaction; the offsets are committed only after it. If the batch fails, each
 * record is routed on its own (a transaction that lost a race is run again and sees what the winner
 * wrote); a record that still fails goes to the dead-letter topic, and the stage reads on.
 */
@ApplicationScoped
public class RoutingStage {

  private static final Logger LOG = Logger.getLogger(RoutingStage.class);
  private static final int ATTEMPTS = 3;

  private final RoutingService routing;
  private final MutinyEmitter<MentionClassified> deadLetters;
  private final Event<StageProgress> reported;

  RoutingStage(
      RoutingService routing,
      @Channel(Channels.ROUTING_DEAD_LETTER_OUT) MutinyEmitter<MentionClassified> deadLetters,
      Event<StageProgress> reported) {
    this.routing = routing;
    this.deadLetters = deadLetters;
    this.reported = reported;
  }

  @Incoming(Channels.ROUTING_IN)
  @Blocking
  void route(List<MentionClassified> batch) {
    List<MentionClassified> readable =
        batch.stream().filter(Objects::nonNull).filter(m -> m.mention() != null).toList();
    if (readable.size() < batch.size()) {
      LOG.warnf("Skipped %d unreadable records", batch.size() - readable.size());
    }
    if (readable.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    try {
      routing.routeAll(readable);
    } catch (RuntimeException e) {
      LOG.debugf(e, "A batch of %d failed; routing its records one by one", readable.size());
      readable.forEach(this::routeAlone);
    }
    reported.fire(
        new StageProgress.Routed(
            readable.stream().map(m -> m.mention().receivedAt()).toList(),
            Duration.ofNanos(System.nanoTime() - start)));
  }

  private void routeAlone(MentionClassified classified) {
    for (int attempt = 1; ; attempt++) {
      try {
        routing.route(classified);
        return;
      } catch (RuntimeException e) {
        if (attempt < ATTEMPTS && fromTheDatabase(e)) {
          continue;
        }
        deadLetter(classified, e);
        return;
      }
    }
  }

  private void deadLetter(MentionClassified classified, RuntimeException error) {
    LOG.errorf(
        error, "Mention %s could not be routed; dead-lettered", classified.mention().mentionId());
    RecordHeaders headers = new RecordHeaders();
    headers.add("dead-letter-reason", String.valueOf(error).getBytes(StandardCharsets.UTF_8));
    deadLetters
        .sendMessage(
            Message.of(classified)
                .addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(classified.mention().conversationKey())
                        .withHeaders(headers)
                        .build()))
        .await()
        .atMost(Duration.ofSeconds(30));
  }

  private static boolean fromTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PersistenceException || t instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }
}
