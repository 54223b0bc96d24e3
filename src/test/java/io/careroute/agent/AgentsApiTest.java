package io.careroute.agent;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class AgentsApiTest {

  private static Map<String, Object> agent(String id) {
    return Map.of(
        "id",
        id,
        "handle",
        id,
        "displayName",
        "Jo Smith",
        "skills",
        List.of("FAULT", "BILLING"),
        "languages",
        List.of("en", "cy"),
        "capacity",
        8,
        "signature",
        "^JS");
  }

  @Test
  void an_admin_creates_an_agent_who_starts_offline_and_supervisors_see_their_load() {
    String id = "jo-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as("root", "admin")
        .body(agent(id))
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/agents/" + id))
        .body("presence", equalTo("OFFLINE"))
        .body("skills", equalTo(List.of("FAULT", "BILLING")))
        .body("signature", equalTo("^JS"));

    Api.supervisor()
        .get("/api/v1/agents")
        .then()
        .statusCode(200)
        .body("id", hasItem(id))
        .body("find { it.id == '" + id + "' }.openTickets", equalTo(0))
        .body("find { it.id == '" + id + "' }.capacity", equalTo(8));
  }

  @Test
  void an_agent_sets_their_own_presence() {
    String id = "pat-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as("root", "admin").body(agent(id)).post("/api/v1/agents").then().statusCode(201);

    Api.as(id, "agent")
        .body(Map.of("presence", "ONLINE"))
        .put("/api/v1/agents/me/presence")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("presence", equalTo("ONLINE"));
  }

  @Test
  void a_taken_id_is_a_conflict_and_bad_fields_are_named() {
    String id = "dup-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as("root", "admin").body(agent(id)).post("/api/v1/agents").then().statusCode(201);
    Api.as("root", "admin").body(agent(id)).post("/api/v1/agents").then().statusCode(409);

    Api.as("root", "admin")
        .body(Map.of("handle", "x", "displayName", "X", "skills", List.of(), "capacity", 99))
        .post("/api/v1/agents")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("skills"))
        .body("errors.field", hasItem("languages"))
        .body("errors.field", hasItem("capacity"));
  }

  @Test
  void only_admins_create_agents_and_an_unknown_agent_has_no_presence() {
    Api.as("alice", "agent", "supervisor")
        .body(agent("nobody"))
        .post("/api/v1/agents")
        .then()
        .statusCode(403);
    Api.as("ghost-" + UUID.randomUUID(), "agent")
        .body(Map.of("presence", "ONLINE"))
        .put("/api/v1/agents/me/presence")
        .then()
        .statusCode(404);
    Api.as("alice", "agent").get("/api/v1/agents").then().statusCode(403);
  }
}
