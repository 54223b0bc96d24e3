package io.careroute.agent;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.devtools.DevToken;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@CarerouteTest
class AgentEventsTest {

  @Inject RoutingFixture fixture;

  @TestHTTPResource("/api/v1/agents/me/events")
  URI events;

  @Test
  void a_connected_agent_receives_the_assignment_of_a_new_ticket_as_a_server_sent_event()
      throws Exception {
    String category = freshCategory();
    String agent =
        fixture.onlineAgent(
            "live-" + UUID.randomUUID().toString().substring(0, 6),
            3,
            List.of(category),
            List.of("en"));
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(events)
                    .header("Authorization", "Bearer " + DevToken.forSubject(agent, "agent"))
                    .header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);

    String ticket = fixture.route(mention("live-customer", category));

    CompletableFuture<String> assigned =
        CompletableFuture.supplyAsync(
            () ->
                stream
                    .body()
                    .filter(line -> line.contains(ticket) && line.contains("\"ASSIGNED\""))
                    .findFirst()
                    .orElse(""));
    assertThat(assigned.get(45, TimeUnit.SECONDS)).startsWith("data:").contains(agent);
  }
}
