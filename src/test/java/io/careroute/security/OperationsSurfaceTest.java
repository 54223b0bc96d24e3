package io.careroute.security;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.devtools.DevToken;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What a curious outsider sees of the service: headers, redirects, limits and exports. */
@CarerouteTest
class OperationsSurfaceTest {

  @Inject RoutingFixture fixture;
  @Inject StreamQuota streams;

  @TestHTTPResource("/")
  URI base;

  @Test
  void ticket_responses_are_neither_sniffed_framed_nor_cached() {
    String category = freshCategory();
    fixture.onlineAgent(
        "hdr-" + UUID.randomUUID().toString().substring(0, 8), 3, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("hdr-" + UUID.randomUUID(), category));
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket)
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", "frame-ancestors 'none'")
        .header("Cache-Control", "no-store");
  }

  @Test
  void a_new_agents_location_is_a_path_whatever_host_the_client_names() {
    String id = "loc-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as("root", "admin")
        .header("Host", "evil.example")
        .body(
            Map.of(
                "id",
                id,
                "handle",
                id,
                "displayName",
                "L",
                "skills",
                List.of("FAULT"),
                "languages",
                List.of("en"),
                "capacity",
                2))
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .header("Location", "/api/v1/agents/" + id);
  }

  @Test
  void a_chunked_body_over_one_mebibyte_is_413() throws Exception {
    // Valid JSON as far as it goes, so the parser reads on until the limit stops it.
    byte[] head = "{\"platform\":\"x\",\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[1_600_000];
    java.util.Arrays.fill(body, (byte) 'a');
    System.arraycopy(head, 0, body, 0, head.length);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/mentions"))
            .header("Authorization", "Bearer " + DevToken.forSubject("ingest-bot", "ingest"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body))) // no length: sent chunked
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    // The HTTP layer stops reading at the limit and answers a bare 413 (no problem body yet).
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
  }

  @Test
  void corrections_are_exported_without_spreadsheet_formulas() {
    String category = freshCategory();
    String agent = "csv-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(agent, 3, List.of(category), List.of("en"));
    String ticket =
        fixture.route(
            mention("csv-" + UUID.randomUUID(), category)
                .text("=HYPERLINK(\"http://evil.example\")"));
    Api.supervisor()
        .body(Map.of("category", "BILLING"))
        .post("/api/v1/tickets/" + ticket + "/classification")
        .then()
        .statusCode(200);
    String csv =
        Api.supervisor()
            .get("/api/v1/classification/corrections")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv)
        .contains("'=HYPERLINK")
        .doesNotContain("\n=HYPERLINK")
        .doesNotContain("\n\"=HYPERLINK");
  }

  @Test
  void a_caller_holds_at_most_five_live_streams() {
    String agent = "sse-" + UUID.randomUUID().toString().substring(0, 8);
    String token = DevToken.forSubject(agent, "agent");
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<InputStream>>> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      open.add(
          http.sendAsync(
              HttpRequest.newBuilder(base.resolve("/api/v1/agents/me/events"))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream()));
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> streams.openBy(agent) == 5);
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/agents/me/events")
        .then()
        .statusCode(429)
        .body("status", equalTo(429));
    open.forEach(f -> f.cancel(true));
  }
}
