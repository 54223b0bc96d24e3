package io.careroute.routing;

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
class RoutingDeadLetterTest {

  @Test
  void a_classified_mention_routing_cannot_handle_is_dead_lettered_and_its_batch_still_lands()
      throws Exception {
    String poisonId = UUID.randomUUID().toString();
    String author = "poison-" + poisonId;
    // A readable mention without its classification: routing must fail on it, alone.
    String poison =
        "{\"mention\":{\"mentionId\":\""
            + poisonId
            + "\",\"platform\":\"x\",\"externalId\":\"poison-"
            + poisonId
            + "\",\"author\":{\"id\":\""
            + author
            + "\",\"handle\":\"p\"},\"text\":\"t\","
            + "\"createdAt\":\"2026-11-26T09:00:00Z\",\"authoredByBrand\":false}}";
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of("bootstrap.servers", RealInfrastructure.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer
          .send(new ProducerRecord<>("careroute.mentions.classified", "x:" + author, poison))
          .get();
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              var response = Api.supervisor().get("/api/v1/mentions/" + poisonId);
              return response.statusCode() == 200
                  && "DEAD_LETTERED".equals(response.jsonPath().getString("stage"));
            });
    // The same key, so the same partition: routing went on past the poison, not around it.
    Pipeline.ticketOf(Api.mention(author, "routing still works?"));
  }
}
