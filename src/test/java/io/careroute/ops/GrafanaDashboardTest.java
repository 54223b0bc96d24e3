package io.careroute.ops;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.careroute.metrics.OperationalGauges;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Management;
import io.careroute.testing.Pipeline;
import io.careroute.testing.RoutingFixture;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana that docker-compose.yml provisions reads the compose Prometheus, and every series its
 * dashboard queries is one this service really exports (no Docker here to run it).
 */
@CarerouteTest
class GrafanaDashboardTest {

  private static final Pattern SERIES = Pattern.compile("\\b(careroute_[a-z_]+)");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Inject RoutingFixture fixture;
  @Inject OperationalGauges gauges;

  @Test
  void grafana_is_provisioned_with_the_compose_prometheus_and_the_mounted_dashboard()
      throws IOException {
    JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
    JsonNode grafana = compose.at("/services/grafana");
    JsonNode datasource =
        YAML.readTree(
                Path.of("src/main/docker/grafana/provisioning/datasources/prometheus.yml").toFile())
            .at("/datasources/0");
    String prometheusPort = compose.at("/services/prometheus/ports/0").asText().split(":")[1];
    assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:" + prometheusPort);
    JsonNode provider =
        YAML.readTree(
                Path.of("src/main/docker/grafana/provisioning/dashboards/careroute.yml").toFile())
            .at("/providers/0");
    List<String> mounts = new java.util.ArrayList<>();
    grafana.path("volumes").forEach(volume -> mounts.add(volume.asText()));
    assertThat(mounts)
        .contains(
            "./src/main/docker/grafana/provisioning:/etc/grafana/provisioning:ro",
            "./src/main/docker/grafana/dashboards:"
                + provider.at("/options/path").asText()
                + ":ro");
    for (JsonNode panel : dashboard().path("panels")) {
      assertThat(panel.at("/datasource/uid").asText())
          .as("panel %s", panel.path("title").asText())
          .isEqualTo(datasource.path("uid").asText());
    }
  }

  @Test
  void every_series_the_dashboard_queries_is_exported() throws IOException {
    String category = freshCategory();
    String agent = "gf-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(agent, 3, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("gf-" + UUID.randomUUID(), category));
    Api.answerAndResolve(agent, ticket);
    Pipeline.ticketOf(Api.mention("gf-" + UUID.randomUUID(), "no signal in Leeds"));
    gauges.refresh();
    String exported =
        Management.request().get("/q/metrics").then().statusCode(200).extract().asString();

    Set<String> queried = new TreeSet<>();
    for (JsonNode panel : dashboard().path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        Matcher series = SERIES.matcher(target.path("expr").asText());
        while (series.find()) {
          queried.add(series.group(1));
        }
      }
    }

    assertThat(queried).hasSizeGreaterThanOrEqualTo(12);
    for (String series : queried) {
      assertThat(exported).as("/q/metrics exports %s", series).contains("\n" + series);
    }
  }

  private static JsonNode dashboard() throws IOException {
    return new ObjectMapper()
        .readTree(Path.of("src/main/docker/grafana/dashboards/careroute.json").toFile());
  }
}
