package io.careroute.ticket;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client that read a ticket can write "only if nobody changed it since" (If-Match, 412). */
@CarerouteTest
class ConditionalWriteTest {

  @Inject RoutingFixture fixture;

  private final String category = freshCategory();
  private final String agent = "cw-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void a_write_with_the_version_read_succeeds_and_one_with_an_older_version_is_412() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("cw-" + UUID.randomUUID(), category));
    String read = Api.as(agent, "agent").get("/api/v1/tickets/" + ticket).header("ETag");
    assertThat(read).isEqualTo("\"" + fixture.ticket(ticket).version() + "\"");

    String written =
        Api.as(agent, "agent")
            .header("If-Match", read)
            .body(Map.of("status", "PENDING_CUSTOMER"))
            .post("/api/v1/tickets/" + ticket + "/status")
            .then()
            .statusCode(200)
            .body("status", equalTo("PENDING_CUSTOMER"))
            .extract()
            .header("ETag");
    assertThat(written).isNotEqualTo(read);

    Api.as(agent, "agent")
        .header("If-Match", read)
        .body(Map.of("status", "RESOLVED", "reason", "fixed"))
        .post("/api/v1/tickets/" + ticket + "/status")
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("it is now at " + written));
    Api.supervisor()
        .header("If-Match", read)
        .body(Map.of("agentId", agent))
        .post("/api/v1/tickets/" + ticket + "/assignment")
        .then()
        .statusCode(412);
    assertThat(fixture.ticket(ticket).status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
  }
}
