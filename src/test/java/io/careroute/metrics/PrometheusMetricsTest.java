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

  @Test
  void a_mention_through_the_pipeline_shows_in_stage_timings_and_end_to_end_latency() {
    Pipeline.ticketOf(Api.mention("prom-" + UUID.randomUUID(), "broadband down in Leeds again"));

    String metrics = scrape();

    assertThat(metrics)
        .contains("careroute_classifier_duration_seconds_count")
        .contains("careroute_routing_batch_duration_seconds_count")
        .contains("careroute_routing_mentions_total{outcome=\"routed\"}")
        .contains("careroute_pipeline_latency_seconds{quantile=\"0.9\"}")
        .contains("careroute_ingest_mentions_total");
  }

  @Test
  void a_reply_and_a_resolution_land_in_the_time_histograms_by_priority() {
    String category = freshCategory();
    String agent = "pm-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("prom-" + UUID.randomUUID(), category));
    String priority = fixture.ticket(ticket).priority().name();

    Api.answerAndResolve(agent, ticket);

    String metrics = scrape();
    assertThat(metrics)
        .contains(
            "careroute_ticket_first_response_seconds_bucket{priority=\""
                + priority
                + "\",le=\"300.0\"}")
        .contains("careroute_ticket_resolution_seconds_count{priority=\"" + priority + "\"}");
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
        .contains("careroute_kafka_consumer_lag{group=\"careroute-routing\"}");
  }
}
