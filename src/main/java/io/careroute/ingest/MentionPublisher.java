package io.careroute.ingest;

import io.careroute.config.CarerouteConfig;
import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionAccepted;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends accepted mentions to Kafka and completes only once the broker acknowledged them (acks=all),
 * failing with {@link IngestUnavailableException} when Kafka does not answer in time.
 */
@ApplicationScoped
public class MentionPublisher {

  private final MutinyEmitter<MentionAccepted> emitter;
  private final CarerouteConfig config;

  MentionPublisher(
      @Channel(Channels.MENTIONS_ACCEPTED_OUT) MutinyEmitter<MentionAccepted> emitter,
      CarerouteConfig config) {
    this.emitter = emitter;
    this.config = config;
  }

  /** Completes when Kafka has the record; fails with a 503-mapped exception otherwise. */
  public Uni<Void> publish(MentionAccepted mention) {
    Message<MentionAccepted> message =
        Message.of(mention)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(mention.conversationKey())
                    .build());
    return Uni.createFrom()
        .deferred(() -> emitter.sendMessage(message))
        .ifNoItem()
        .after(config.ingest().kafkaAckTimeout())
        .failWith(
            () ->
                new IngestUnavailableException(
                    "Kafka did not acknowledge in time", config.ingest().retryAfterSeconds()))
        .onFailure(failure -> !(failure instanceof IngestUnavailableException))
        .transform(
            failure ->
                new IngestUnavailableException(
                    "Kafka refused the record: " + failure, config.ingest().retryAfterSeconds()));
  }
}
