package io.careroute.routing;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.TicketStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class PresenceGraceTest {

  @Inject RoutingFixture fixture;
  @Inject UnattendedTickets unattended;
  @Inject RoutingConfig config;

  @Test
  void an_away_agents_unanswered_tickets_return_to_the_queue_after_the_grace_period_only() {
    String category = freshCategory();
    String agent =
        fixture.onlineAgent(
            "leaving-" + UUID.randomUUID().toString().substring(0, 6),
            5,
            List.of(category),
            List.of("en"));
    String unanswered = fixture.route(mention("grace-1", category));
    RoutingFixture.Mention asked = mention("grace-2", category);
    String answered = fixture.route(asked);
    fixture.route(mention("brand", category).byBrand().inReplyTo(asked.externalId()));
    Api.as(agent, "agent")
        .body(Map.of("presence", "AWAY"))
        .put("/api/v1/agents/me/presence")
        .then()
        .statusCode(200)
        .body("presence", equalTo("AWAY"));

    List<String> mine = List.of(unanswered, answered);
    assertThat(unattended.requeue(Instant.now(), mine)).doesNotContain(unanswered, answered);
    List<String> requeued =
        unattended.requeue(
            Instant.now().plus(config.presenceGrace()).plus(Duration.ofSeconds(1)), mine);

    assertThat(requeued).contains(unanswered).doesNotContain(answered);
    assertThat(fixture.ticket(unanswered).status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(fixture.ticket(unanswered).assigneeId()).isNull();
    assertThat(fixture.ticket(answered).assigneeId()).isEqualTo(agent);
    Api.supervisor()
        .get("/api/v1/tickets/" + unanswered + "/routing")
        .then()
        .body("decisions[1].outcome", equalTo("RETURNED_TO_QUEUE"))
        .body("decisions[1].agentId", equalTo(agent));
  }
}
