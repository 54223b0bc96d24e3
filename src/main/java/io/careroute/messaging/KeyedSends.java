package io.careroute.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends a batch of payloads keyed by a field and waits until Kafka acknowledged every one: what an
 * outbox relay needs before it marks its rows published.
 */
public final class KeyedSends {

  private static final Duration ACK_WAIT = Duration.ofSeconds(30);

  private KeyedSends() {}

  /** Sends each payload with its key; throws if any is not acknowledged within 30 seconds. */
  public static <T> void sendAll(
      MutinyEmitter<T> emitter, List<T> payloads, Function<T, String> key) {
    List<Uni<Void>> sends =
        payloads.stream()
            .map(
                payload ->
                    emitter.sendMessage(
                        Message.of(payload)
                            .addMetadata(
                                OutgoingKafkaRecordMetadata.<String>builder()
                                    .withKey(key.apply(payload))
                                    .build())))
            .toList();
    Uni.join().all(sends).andFailFast().await().atMost(ACK_WAIT);
  }
}
