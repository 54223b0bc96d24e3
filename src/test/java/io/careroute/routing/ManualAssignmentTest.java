package io.careroute.routing;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class ManualAssignmentTest {

  @Inject RoutingFixture fixture;

  private final String category = freshCategory();

  private String agent(String name, int capacity) {
    return fixture.onlineAgent(
        name + "-" + UUID.randomUUID().toString().substring(0, 6),
        capacity,
        List.of(category),
        List.of("en"));
  }

  private static io.restassured.response.Response assign(
      String who, String role, String ticket, String agentId) {
    return Api.as(who, role)
        .body(Map.of("agentId", agentId))
        .post("/api/v1/tickets/" + ticket + "/assignment");
  }

  @Test
  void a_supervisor_moves_a_ticket_to_another_eligible_agent_and_the_weight_moves_with_it() {
    String first = agent("first", 3);
    String ticket = fixture.route(mention("m-1", category));
    String second = agent("second", 3);

    assign("boss", "supervisor", ticket, second)
        .then()
        .statusCode(200)
        .body("assigneeId", equalTo(second))
        .body("status", equalTo("ASSIGNED"));

    assertThat(fixture.openWeight(first)).isZero();
    assertThat(fixture.openWeight(second)).isEqualTo(1);
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket + "/routing")
        .then()
        .body("decisions[1].outcome", equalTo("REASSIGNED"))
        .body("decisions[1].reasons[0]", equalTo("assigned by boss"));
  }

  @Test
  void an_ineligible_target_is_refused_with_the_rule_it_fails() {
    agent("busy", 1);
    String ticket = fixture.route(mention("m-2", category));
    String full = agent("full", 1);
    fixture.route(mention("m-3", category));

    assign("boss", "supervisor", ticket, full)
        .then()
        .statusCode(422)
        .body("detail", startsWith(full + " is not eligible: no room"));
    assign("boss", "supervisor", ticket, "nobody-at-all").then().statusCode(422);
  }

  @Test
  void an_agent_takes_a_queued_ticket_for_themselves_but_nothing_else() {
    String taker = agent("taker", 1);
    fixture.route(mention("m-4", category));
    String queued = fixture.route(mention("m-5", category));
    String other = agent("other", 2);

    assign(other, "agent", queued, taker).then().statusCode(403);
    assign(other, "agent", queued, other).then().statusCode(200).body("assigneeId", equalTo(other));
    assign(taker, "agent", queued, taker).then().statusCode(403);
  }

  @Test
  void a_resolved_ticket_cannot_be_assigned() {
    String solver = agent("solver", 2);
    String ticket = fixture.route(mention("m-6", category));
    Api.as(solver, "agent")
        .body(Map.of("status", "RESOLVED", "reason", "done"))
        .post("/api/v1/tickets/" + ticket + "/status")
        .then()
        .statusCode(200);

    assign("boss", "supervisor", ticket, solver).then().statusCode(409);
  }
}
