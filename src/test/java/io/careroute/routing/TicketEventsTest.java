package io.careroute.routing;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@CarerouteTest
class TicketEventsTest {

  @Inject RoutingFixture fixture;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void a_routed_ticket_is_told_on_the_events_topic_keyed_by_ticket() {
    String category = freshCategory();
    String agent =
        fixture.onlineAgent("ev-" + UUID.randomUUID(), 3, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("events-customer", category));

    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of("careroute.ticket.events"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline
          && seen.stream().filter(r -> ticket.equals(r.key())).count() < 2) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
      }
    }

    List<String> events =
        seen.stream().filter(r -> ticket.equals(r.key())).map(ConsumerRecord::value).toList();
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).contains("\"type\":\"CREATED\"");
    assertThat(events.get(1)).contains("\"type\":\"ASSIGNED\"").contains(agent);
  }

  private KafkaConsumer<String, String> consumer() {
    Properties p = new Properties();
    p.putAll(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "events-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName()));
    return new KafkaConsumer<>(p);
  }
}
