package io.careroute.audit;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class AuditTrailTest {

  @Inject RoutingFixture fixture;

  @Test
  void notes_status_changes_and_assignments_are_listed_for_supervisors_with_before_and_after() {
    String category = freshCategory();
    String agent =
        fixture.onlineAgent(
            "aud-" + UUID.randomUUID().toString().substring(0, 6),
            3,
            List.of(category),
            List.of("en"));
    String ticket = fixture.route(mention("audited", category));

    Api.as(agent, "agent")
        .body(Map.of("text", "called the customer, line test booked"))
        .post("/api/v1/tickets/" + ticket + "/notes")
        .then()
        .statusCode(201)
        .body("direction", equalTo("NOTE"))
        .body("visibility", equalTo("PRIVATE"))
        .body("author.id", equalTo(agent));
    Api.as(agent, "agent")
        .body(Map.of("status", "PENDING_CUSTOMER"))
        .post("/api/v1/tickets/" + ticket + "/status")
        .then()
        .statusCode(200);

    Api.supervisor()
        .get("/api/v1/tickets/" + ticket + "/audit")
        .then()
        .statusCode(200)
        .body("entries.action", equalTo(List.of("NOTE_ADDED", "STATUS_CHANGED")))
        .body("entries[1].actorId", equalTo(agent))
        .body("entries[1].before.status", equalTo("ASSIGNED"))
        .body("entries[1].after.status", equalTo("PENDING_CUSTOMER"));
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket)
        .then()
        .body("messages.direction", hasItem("NOTE"));
    Api.as(agent, "agent").get("/api/v1/tickets/" + ticket + "/audit").then().statusCode(403);
    Api.supervisor().get("/api/v1/tickets/missing/audit").then().statusCode(404);
  }

  @Test
  void the_trail_cannot_be_rewritten() {
    String ticket = fixture.route(mention("audited-2", freshCategory()));
    Api.supervisor()
        .body(Map.of("text", "note"))
        .post("/api/v1/tickets/" + ticket + "/notes")
        .then()
        .statusCode(201);

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            AuditEntry.getEntityManager()
                                .createNativeQuery("delete from audit_entry where ticket_id = ?1")
                                .setParameter(1, ticket)
                                .executeUpdate()))
        .hasStackTraceContaining("audit entries are never changed or removed");
  }
}
