package io.careroute.ticket;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@CarerouteTest
class TicketStatusTest {

  @Inject RoutingFixture fixture;
  @Inject TicketLifecycle lifecycle;

  private final String category = freshCategory();
  private final String agent = "st-" + UUID.randomUUID().toString().substring(0, 8);

  private Response move(String who, String ticket, String status, String reason) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status));
    if (reason != null) {
      body.put("reason", reason);
    }
    return Api.as(who, who.equals(agent) ? "agent" : "supervisor")
        .body(body)
        .post("/api/v1/tickets/" + ticket + "/status");
  }

  @Test
  void the_assignee_waits_on_the_customer_takes_it_back_resolves_with_a_reason_and_closes() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("status-1", category));

    move(agent, ticket, "PENDING_CUSTOMER", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING_CUSTOMER"));
    move(agent, ticket, "ASSIGNED", null).then().statusCode(200);
    move(agent, ticket, "RESOLVED", "line reset, customer confirmed")
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("resolvedAt", org.hamcrest.Matchers.notNullValue());
    move(agent, ticket, "CLOSED", null).then().statusCode(200).body("status", equalTo("CLOSED"));
  }

  @Test
  void a_resolved_ticket_left_quiet_long_enough_is_closed_automatically() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("status-quiet", category));
    move(agent, ticket, "RESOLVED", "fixed").then().statusCode(200);

    assertThat(lifecycle.closeQuiet(java.time.Instant.now().minusSeconds(3600), List.of(ticket)))
        .doesNotContain(ticket);
    assertThat(lifecycle.closeQuiet(java.time.Instant.now().plusSeconds(1), List.of(ticket)))
        .contains(ticket);
    assertThat(fixture.ticket(ticket).status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void a_customer_answer_moves_a_ticket_pending_on_them_back_to_the_agent() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String customer = "status-2-" + UUID.randomUUID();
    String ticket = fixture.route(mention(customer, category));
    move(agent, ticket, "PENDING_CUSTOMER", null).then().statusCode(200);

    fixture.route(mention(customer, category));

    assertThat(fixture.ticket(ticket).status()).isEqualTo(TicketStatus.ASSIGNED);
  }

  @Test
  void illegal_moves_are_409_and_resolving_without_a_reason_is_400() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("status-3", category));

    move(agent, ticket, "RESOLVED", null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    move(agent, ticket, "QUEUED", null).then().statusCode(409);
    move(agent, ticket, "CLOSED", null).then().statusCode(409);
    move(agent, ticket, "RESOLVED", "duplicate of another ticket").then().statusCode(200);
    move(agent, ticket, "CLOSED", null).then().statusCode(200);
    move(agent, ticket, "ASSIGNED", null)
        .then()
        .statusCode(409)
        .body("detail", equalTo("A CLOSED ticket cannot move to ASSIGNED; it is final"));
  }

  @Test
  void only_the_assignee_or_a_supervisor_may_move_a_ticket() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("status-4", category));

    Api.as("someone-else", "agent")
        .body(Map.of("status", "PENDING_CUSTOMER"))
        .post("/api/v1/tickets/" + ticket + "/status")
        .then()
        .statusCode(403);
    move("a-supervisor", ticket, "PENDING_CUSTOMER", null).then().statusCode(200);
    move("a-supervisor", "no-such-ticket", "CLOSED", null).then().statusCode(404);
  }

  @Test
  void resolving_a_ticket_frees_its_weight_and_the_queue_is_served_at_once() {
    fixture.onlineAgent(agent, 1, List.of(category), List.of("en"));
    String first = fixture.route(mention("status-5", category));
    String waiting = fixture.route(mention("status-6", category));
    assertThat(fixture.ticket(waiting).status()).isEqualTo(TicketStatus.QUEUED);

    move(agent, first, "RESOLVED", "answered").then().statusCode(200);

    assertThat(fixture.ticket(waiting).assigneeId()).isEqualTo(agent);
    assertThat(fixture.openWeight(agent)).isEqualTo(1);
  }

  @Test
  void a_writer_whose_copy_went_stale_meanwhile_fails_instead_of_overwriting_the_change() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("status-7", category));
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch changedMeanwhile = new CountDownLatch(1);
    CompletableFuture<Void> slowWriter =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          Ticket copy = Ticket.findById(ticket);
                          read.countDown();
                          awaitQuietly(changedMeanwhile);
                          copy.pend(agent, Instant.now()); // legal from what it read: ASSIGNED
                          Ticket.flush();
                        }));
    awaitQuietly(read);

    move(agent, ticket, "RESOLVED", "answered meanwhile").then().statusCode(200);
    changedMeanwhile.countDown();

    assertThatThrownBy(slowWriter::join)
        .hasCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
    assertThat(fixture.ticket(ticket).status()).isEqualTo(TicketStatus.RESOLVED);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
