package io.careroute.classify;

import static org.awaitility.Awaitility.await;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import io.careroute.testing.RealInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@CarerouteTest
class DeadLetterTest {

  @Test
  void a_record_the_classifier_cannot_handle_is_dead_lettered_and_the_stage_goes_on()
      throws Exception {
    String mentionId = UUID.randomUUID().toString();
    String author = "poison-" + mentionId;
    // Well-formed JSON with a mention id, but no text and no author: classification must fail.
    String poison =
        "{\"mentionId\":\"" + mentionId + "\",\"platform\":\"x\",\"externalId\":\"p1\"}";
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of("bootstrap.servers", RealInfrastructure.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer
          .send(new ProducerRecord<>("careroute.mentions.accepted", "x:" + author, poison))
          .get();
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              var response = Api.supervisor().get("/api/v1/mentions/" + mentionId);
              return response.statusCode() == 200
                  && "DEAD_LETTERED".equals(response.jsonPath().getString("stage"));
            });

    // The same key, so the same partition: the stage went on past the poison, not around it.
    Pipeline.ticketOf(Api.mention(author, "still working after that?"));
  }

  @Test
  void bytes_that_are_not_json_do_not_stop_any_stage() throws Exception {
    String author = "garbage-" + UUID.randomUUID();
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of("bootstrap.servers", RealInfrastructure.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer
          .send(
              new ProducerRecord<>("careroute.mentions.accepted", "x:" + author, "\u0000{not json"))
          .get();
      producer
          .send(new ProducerRecord<>("careroute.mentions.classified", "x:" + author, "[1,2"))
          .get();
    }

    // Every stage reads on past the garbage on its partition (the same key): a new mention from
    // the same customer is accepted, classified and routed.
    Pipeline.ticketOf(Api.mention(author, "hello after the garbage"));
  }
}
