package io.careroute.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.careroute.testing.CarerouteTest;
import io.smallrye.config.SmallRyeConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so this keeps docker-compose.yml honest by review: every variable it
 * gives the app is one the running app reads, and its ports and addresses line up.
 */
@CarerouteTest
class ComposeFileTest {

  @Inject SmallRyeConfig config;

  private JsonNode compose;
  private String properties;

  @BeforeEach
  void read() throws IOException {
    compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
    properties = Files.readString(Path.of("src/main/resources/application.properties"));
  }

  @Test
  void every_variable_given_to_the_app_is_one_the_app_reads() {
    Set<String> known = new HashSet<>();
    for (String name : config.getPropertyNames()) {
      known.add(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
    }
    for (String variable : fieldNames(appEnvironment())) {
      boolean referenced = properties.contains("${" + variable);
      boolean mapped = known.contains(variable);
      boolean profile =
          variable.equals("QUARKUS_PROFILE")
              && properties.contains("%" + appEnvironment().path(variable).asText() + ".");
      assertThat(referenced || mapped || profile)
          .as("docker-compose.yml sets %s, which careroute does not read", variable)
          .isTrue();
    }
  }

  @Test
  void the_app_publishes_the_port_it_listens_on_and_prometheus_scrapes_it() throws IOException {
    String port = appEnvironment().path("PORT").asText();
    String management = appEnvironment().path("MANAGEMENT_PORT").asText();
    assertThat(properties).contains("quarkus.http.port=${PORT:8080}");
    assertThat(properties).contains("quarkus.management.port=${MANAGEMENT_PORT:9000}");
    assertThat(compose.at("/services/app/ports/0").asText()).endsWith(":" + port);
    assertThat(compose.at("/services/app/ports").size())
        .as("only the API port is published; the management port stays inside")
        .isEqualTo(1);
    JsonNode prometheus =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("src/main/docker/prometheus.yml").toFile());
    assertThat(prometheus.at("/scrape_configs/0/metrics_path").asText()).isEqualTo("/q/metrics");
    assertThat(prometheus.at("/scrape_configs/0/static_configs/0/targets/0").asText())
        .isEqualTo("app:" + management);
    assertThat(compose.at("/services/app/healthcheck/test/1").asText())
        .contains("localhost:" + management + "/q/health/ready");
  }

  @Test
  void the_app_points_at_the_kafka_and_postgres_services_as_they_are_configured() {
    JsonNode kafka = compose.at("/services/kafka/environment");
    assertThat(kafka.path("KAFKA_ADVERTISED_LISTENERS").asText())
        .isEqualTo("PLAINTEXT://" + appEnvironment().path("KAFKA_BOOTSTRAP_SERVERS").asText());
    JsonNode postgres = compose.at("/services/postgres/environment");
    assertThat(appEnvironment().path("QUARKUS_DATASOURCE_JDBC_URL").asText())
        .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.path("POSTGRES_DB").asText());
    assertThat(appEnvironment().path("QUARKUS_DATASOURCE_USERNAME").asText())
        .isEqualTo(postgres.path("POSTGRES_USER").asText());
    assertThat(appEnvironment().path("QUARKUS_DATASOURCE_PASSWORD").asText())
        .isEqualTo(postgres.path("POSTGRES_PASSWORD").asText());
  }

  @Test
  void the_app_waits_for_healthy_dependencies_and_reports_its_own_readiness() {
    JsonNode app = compose.at("/services/app");
    assertThat(app.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(app.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
    assertThat(app.at("/build/dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
    assertThat(Path.of(app.at("/build/dockerfile").asText())).exists();
    assertThat(app.at("/healthcheck/test/1").asText()).contains("/q/health/ready");
    for (String service : fieldNames(compose.path("services"))) {
      assertThat(compose.at("/services/" + service + "/healthcheck").isMissingNode())
          .as("%s has a health check", service)
          .isFalse();
    }
    assertThat(compose.at("/services/kafka/image").asText()).startsWith("apache/kafka:");
  }

  private JsonNode appEnvironment() {
    return compose.at("/services/app/environment");
  }

  private static Set<String> fieldNames(JsonNode node) {
    Iterator<String> names = node.fieldNames();
    return new HashSet<>(
        StreamSupport.stream(((Iterable<String>) () -> names).spliterator(), false).toList());
  }
}
