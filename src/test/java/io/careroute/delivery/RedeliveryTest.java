package io.careroute.delivery;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.FakePlatform;
import io.careroute.testing.RealInfrastructure;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.TicketMessage;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Kafka may deliver a reply's record again; the platform still gets it once. */
@CarerouteTest
class RedeliveryTest {

  private static final String TOPIC = "careroute.replies.outbound";

  @Inject RoutingFixture fixture;

  @Test
  void a_reply_published_again_after_it_was_sent_is_not_posted_twice() throws Exception {
    FakePlatform platform = RealInfrastructure.platform();
    String category = freshCategory();
    String agent = "rd-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("cust-" + UUID.randomUUID(), category));
    String marker = "once-" + UUID.randomUUID();
    String messageId = replyAndAwaitSent(agent, ticket, "Once only " + marker);

    String record = recordOf(messageId);
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of("bootstrap.servers", RealInfrastructure.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, ticket, record)).get();
      producer.send(new ProducerRecord<>(TOPIC, ticket, record)).get();
    }
    // A later reply on the same ticket (same partition) shows the stage has read past the copies.
    replyAndAwaitSent(agent, ticket, "And then " + UUID.randomUUID());

    assertThat(platform.requestsContaining(marker)).hasSize(1);
    TicketMessage sent = fixture.message(messageId);
    assertThat(sent.deliveryAttempts).isEqualTo(1);
  }

  private String replyAndAwaitSent(String agent, String ticket, String text) {
    String messageId =
        Api.as(agent, "agent")
            .body(Map.of("text", text, "visibility", "PUBLIC"))
            .post("/api/v1/tickets/" + ticket + "/replies")
            .then()
            .statusCode(202)
            .extract()
            .path("messageId");
    assertThat(fixture.delivered(messageId).deliveryStatus).isEqualTo(DeliveryStatus.SENT);
    return messageId;
  }

  /** The record the relay published for this reply, read back from the topic. */
  private static String recordOf(String messageId) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "redelivery-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.currentTimeMillis() + 20_000;
      while (System.currentTimeMillis() < deadline) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
          if (r.value().contains(messageId)) {
            return r.value();
          }
        }
      }
    }
    throw new AssertionError("The relay never published reply " + messageId);
  }
}
