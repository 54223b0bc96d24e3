package io.careroute.routing;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.classify.UrgencySignals;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class QueueTest {

  @Inject RoutingFixture fixture;
  @Inject QueueService queue;

  @Test
  void with_no_eligible_agent_the_ticket_is_queued_and_the_decision_names_why_each_was_excluded() {
    String category = freshCategory();
    String offline = "offline-" + UUID.randomUUID().toString().substring(0, 6);
    fixture.onlineAgent(offline, 5, List.of(category), List.of("en"));
    Api.as(offline, "agent").body(Map.of("presence", "AWAY")).put("/api/v1/agents/me/presence");
    String welsh = "welsh-only-" + UUID.randomUUID().toString().substring(0, 6);
    fixture.onlineAgent(welsh, 5, List.of(category), List.of("cy"));

    String ticket = fixture.route(mention("queued-customer", category));

    assertThat(fixture.ticket(ticket).status()).isEqualTo(TicketStatus.QUEUED);
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket)
        .then()
        .body("status", equalTo("QUEUED"))
        .body("priorityReasons", equalTo(List.of(category + " NEUTRAL: P3")));
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket + "/routing")
        .then()
        .statusCode(200)
        .body("decisions[0].outcome", equalTo("QUEUED"))
        .body("decisions[0].priority", equalTo("P3"))
        .body("decisions[0].reasons", hasItem("no eligible agent: queued"))
        .body(
            "decisions[0].candidates.find { it.agentId == '" + offline + "' }.excludedBecause",
            equalTo("presence AWAY"))
        .body(
            "decisions[0].candidates.find { it.agentId == '" + welsh + "' }.excludedBecause",
            equalTo("does not speak en"))
        .body(
            "decisions[0].candidates.find { it.agentId == '" + welsh + "' }.eligible",
            equalTo(false));
  }

  @Test
  void the_routing_log_is_for_supervisors_and_a_missing_ticket_is_404() {
    Api.as("alice", "agent").get("/api/v1/tickets/nope/routing").then().statusCode(403);
    Api.supervisor().get("/api/v1/tickets/nope/routing").then().statusCode(404);
  }

  @Test
  void the_queue_is_served_by_priority_when_an_agent_comes_online() {
    String category = freshCategory();
    String p3 = fixture.route(mention("q1", category));
    String p1 = fixture.route(mention("q2", category).signals(UrgencySignals.SAFETY));
    String p2 = fixture.route(mention("q3", category).signals(UrgencySignals.THREAT_TO_LEAVE));
    assertThat(queued(category)).containsExactly(p1, p2, p3);

    String agent = "late-" + UUID.randomUUID().toString().substring(0, 6);
    Api.as("admin", "admin")
        .body(
            Map.of(
                "id",
                agent,
                "handle",
                agent,
                "displayName",
                "Late Joiner",
                "skills",
                List.of(category),
                "languages",
                List.of("en"),
                "capacity",
                3))
        .post("/api/v1/agents")
        .then()
        .statusCode(201);
    Api.as(agent, "agent")
        .body(Map.of("presence", "ONLINE"))
        .put("/api/v1/agents/me/presence")
        .then()
        .statusCode(200)
        .body("openTickets", equalTo(2));

    assertThat(fixture.ticket(p1).assigneeId()).isEqualTo(agent);
    assertThat(fixture.ticket(p1).priority()).isEqualTo(Priority.P1);
    assertThat(fixture.ticket(p2).assigneeId()).isEqualTo(agent);
    assertThat(queued(category)).containsExactly(p3);
  }

  @Test
  void raising_an_agents_capacity_serves_the_queue_at_once() {
    String category = freshCategory();
    String agent = "grows-" + UUID.randomUUID().toString().substring(0, 6);
    fixture.onlineAgent(agent, 1, List.of(category), List.of("en"));
    fixture.route(mention("cap-1", category));
    String waiting = fixture.route(mention("cap-2", category));
    assertThat(fixture.ticket(waiting).status()).isEqualTo(TicketStatus.QUEUED);

    Api.as("admin", "admin")
        .body(Map.of("capacity", 2))
        .put("/api/v1/agents/" + agent + "/capacity")
        .then()
        .statusCode(200)
        .body("capacity", equalTo(2))
        .body("openTickets", equalTo(2));

    assertThat(fixture.ticket(waiting).assigneeId()).isEqualTo(agent);
    Api.as(agent, "agent")
        .body(Map.of("capacity", 9))
        .put("/api/v1/agents/" + agent + "/capacity")
        .then()
        .statusCode(403);
  }

  @Test
  void an_agent_coming_online_takes_their_ticket_past_thousands_queued_that_they_may_not_take()
      throws Exception {
    String theirs = freshCategory();
    String others = freshCategory();
    String mine = fixture.route(mention("match-mine", theirs));
    String first = fixture.route(mention("match-other", others).signals(UrgencySignals.SAFETY));
    int copies = 3_000;
    copyQueued(first, copies);
    try {
      assertThat(countQueued(others)).isEqualTo(copies + 1);
      assertThat(queue.queuedIds().indexOf(mine)).isGreaterThan(copies);
      String agent = "match-" + UUID.randomUUID().toString().substring(0, 6);
      fixture.onlineAgent(agent, 3, List.of(theirs), List.of("en"));

      assertThat(queue.serve(agent)).isEqualTo(1);

      assertThat(fixture.ticket(mine).assigneeId()).isEqualTo(agent);
      assertThat(countQueued(others)).isEqualTo(copies + 1);
      // For an agent who may take the 3,001, the probe reads a few index pages per (skill,
      // language, priority), not the pages that hold them all.
      AgentLoad other =
          new AgentLoad("probe", new String[] {others}, new String[] {"en"}, 9, null, 0, null);
      long probe = pagesRead(probeOf(other));
      long all =
          pagesRead(
              "explain (analyze, buffers, format json) select count(*) from ticket"
                  + " where status = 'QUEUED' and category = '"
                  + others
                  + "'");
      assertThat(probe).isPositive().isLessThan(all / 3);
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Ticket.getEntityManager()
                      .createNativeQuery(
                          "delete from ticket where category = :category and id <> :first")
                      .setParameter("category", others)
                      .setParameter("first", first)
                      .executeUpdate());
    }
  }

  /** Adds queued copies of a ticket (same category, priority and deadline) under new ids. */
  private static void copyQueued(String ticketId, int copies) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var em = Ticket.getEntityManager();
              em.createNativeQuery(
                      "insert into ticket select (jsonb_populate_record(null::ticket, to_jsonb(t)"
                          + " || jsonb_build_object('id', md5(t.id || g)::uuid::text))).*"
                          + " from ticket t, generate_series(1, :copies) g where t.id = :id")
                  .setParameter("copies", copies)
                  .setParameter("id", ticketId)
                  .executeUpdate();
              em.createNativeQuery("analyze ticket").executeUpdate();
            });
  }

  private static long countQueued(String category) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Ticket.count("category = ?1 and status = ?2", category, TicketStatus.QUEUED));
  }

  /** The probe's EXPLAIN, with this agent's skills and languages and every priority. */
  private static String probeOf(AgentLoad agent) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    QueueService.probe(
                            agent,
                            List.of("P1", "P2", "P3", "P4"),
                            List.of(),
                            Ticket.getEntityManager()
                                .createNativeQuery(
                                    "explain (analyze, buffers, format json) " + QueueService.PROBE,
                                    String.class))
                        .getSingleResult());
  }

  /** The pages of {@code ticket} and its indexes a statement read, from EXPLAIN's JSON. */
  private static long pagesRead(String explained) throws Exception {
    String plan =
        explained.startsWith("[")
            ? explained
            : QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        (String)
                            Ticket.getEntityManager()
                                .createNativeQuery(explained, String.class)
                                .getSingleResult());
    return ticketPages(new ObjectMapper().readTree(plan).get(0).get("Plan"));
  }

  private static long ticketPages(JsonNode node) {
    if ("ticket".equals(node.path("Relation Name").asText())) {
      return node.path("Shared Hit Blocks").asLong() + node.path("Shared Read Blocks").asLong();
    }
    long pages = 0;
    for (JsonNode child : node.path("Plans")) {
      pages += ticketPages(child);
    }
    return pages;
  }

  private List<String> queued(String category) {
    return queue.queuedIds().stream()
        .filter(id -> category.equals(fixture.ticket(id).category()))
        .toList();
  }
}
