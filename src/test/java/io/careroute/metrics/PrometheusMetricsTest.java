package io.careroute.metrics;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Management;
import io.careroute.testing.Pipeline;
import io.careroute.testing.RoutingFixture;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /q/metrics carries the pipeline's throughput and latency and the care team's state. */
@CarerouteTest
class PrometheusMetricsTest {

  @Inject RoutingFixture fixture;
  @Inject OperationalGauges gauges;

  private static String scrape() {
    return Management.request().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  /**
   * The sum of a series' samples in a scrape, over every sample whose labels include {@code labels}
   * (for example {@code outcome="routed"}); 0 when there is none yet.
   */
  static double sample(String scrape, String name, String... labels) {
    double sum = 0;
    for (String line : scrape.split("\n")) {
      if (line.startsWith("#") || !line.startsWith(name)) {
        continue;
      }
      String rest = line.substring(name.length());
      if (!rest.startsWith("{") && !rest.startsWith(" ")) {
        continue; // another series whose name only starts the same
      }
      String labelSet = rest.startsWith("{") ? rest.substring(0, rest.indexOf('}') + 1) : "";
      if (Arrays.stream(labels).allMatch(labelSet::contains)) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  @Test
  void a_mention_through_the_pipeline_counts_in_stage_timings_and_end_to_end_latency() {
    String before = scrape();

    Pipeline.ticketOf(Api.mention("prom-" + UUID.randomUUID(), "broadband down in Leeds again"));

    String after = scrape();
    for (String series :
        List.of(
            "careroute_classifier_duration_seconds_count",
            "careroute_routing_batch_duration_seconds_count",
            "careroute_pipeline_latency_seconds_count")) {
      assertThat(sample(after, series) - sample(before, series))
          .as(series)
          .isGreaterThanOrEqualTo(1);
    }
    assertThat(
            sample(after, "careroute_routing_mentions_total", "outcome=\"routed\"")
                - sample(before, "careroute_routing_mentions_total", "outcome=\"routed\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            sample(after, "careroute_ingest_mentions_total", "outcome=\"accepted\"")
                - sample(before, "careroute_ingest_mentions_total", "outcome=\"accepted\""))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void a_reply_and_a_resolution_count_in_the_time_histograms_of_the_tickets_priority() {
    String category = freshCategory();
    String agent = "pm-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("prom-" + UUID.randomUUID(), category));
    String priority = "priority=\"" + fixture.ticket(ticket).priority().name() + "\"";
    String before = scrape();

    Api.answerAndResolve(agent, ticket);

    String after = scrape();
    // Answered at once: within the first bucket, five minutes.
    String fast = "le=\"300.0\"";
    assertThat(
            sample(after, "careroute_ticket_first_response_seconds_bucket", priority, fast)
                - sample(before, "careroute_ticket_first_response_seconds_bucket", priority, fast))
        .isEqualTo(1);
    assertThat(
            sample(after, "careroute_ticket_resolution_seconds_count", priority)
                - sample(before, "careroute_ticket_resolution_seconds_count", priority))
        .isEqualTo(1);
  }

  @Test
  void gauges_show_the_backlog_each_agents_load_against_capacity_and_each_stages_lag() {
    String category = freshCategory();
    String agent = "pg-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(agent, 4, List.of(category), List.of("en"));
    fixture.route(mention("prom-" + UUID.randomUUID(), category));

    gauges.refresh();

    String metrics = scrape();
    assertThat(metrics)
        .contains("careroute_agent_capacity{agent=\"" + agent + "\"} 4.0")
        .contains("careroute_agent_open_tickets{agent=\"" + agent + "\"} 1.0")
        .contains("careroute_agent_open_weight{agent=\"" + agent + "\"} 1.0")
        .contains("careroute_backlog{priority=\"P1\"}")
        .contains("careroute_queue_depth{priority=\"P4\"}")
        .contains("careroute_kafka_consumer_lag{group=\"careroute-routing\"}")
        .contains("careroute_outbox_unpublished{type=\"reply\"}");
  }
}
