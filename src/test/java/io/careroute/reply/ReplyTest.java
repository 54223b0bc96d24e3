package io.careroute.reply;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@CarerouteTest
class ReplyTest {

  @Inject RoutingFixture fixture;

  private final String category = freshCategory();
  private final String agent = "rp-" + UUID.randomUUID().toString().substring(0, 8);

  private String assignedTicket() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    return fixture.route(mention("reply-" + UUID.randomUUID(), category));
  }

  private Response reply(String who, String ticket, String text, String visibility) {
    return Api.as(who, "agent")
        .body(Map.of("text", text, "visibility", visibility))
        .post("/api/v1/tickets/" + ticket + "/replies");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PHONE|call us back on 07700 900123 please|07700 900123",
        "EMAIL|we emailed jo.bloggs@example.com|jo.bloggs@example.com",
        "POSTCODE|an engineer is booked at LS1 4AP|LS1 4AP",
        "CARD|we refunded card 4111 1111 1111 1111|4111 1111 1111 1111",
        "ACCOUNT|your account number 12345678 is fixed|12345678"
      })
  void a_public_reply_with_personal_data_is_refused_with_its_place_and_accepted_as_private(
      String type, String text, String found) {
    String ticket = assignedTicket();

    reply(agent, ticket, text, "PUBLIC")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("findings[0].type", equalTo(type))
        .body("findings[0].start", equalTo(text.indexOf(found)))
        .body("findings[0].end", equalTo(text.indexOf(found) + found.length()));
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(1);

    reply(agent, ticket, text, "PRIVATE")
        .then()
        .statusCode(202)
        .body("deliveryStatus", equalTo("PENDING"))
        .body("messageId", notNullValue());
  }

  @Test
  void a_public_reply_is_signed_counted_against_the_280_characters_and_stops_the_clock() {
    String ticket = assignedTicket();

    reply(agent, ticket, "Sorry about that, we're on it", "PUBLIC").then().statusCode(202);
    reply(agent, ticket, "x".repeat(280 - " ^T".length()), "PUBLIC").then().statusCode(202);
    reply(agent, ticket, "x".repeat(280 - " ^T".length() + 1), "PUBLIC")
        .then()
        .statusCode(422)
        .body(
            "detail",
            equalTo(
                "An X post is at most 280 characters including the signature; this one has 281"));

    Api.supervisor()
        .get("/api/v1/tickets/" + ticket)
        .then()
        .body("messages[1].text", equalTo("Sorry about that, we're on it ^T"))
        .body("messages[1].direction", equalTo("OUTBOUND"))
        .body("messages[1].deliveryStatus", oneOf("PENDING", "SENT"))
        .body("firstResponseAt", notNullValue());
  }

  @Test
  void only_the_assignee_or_a_supervisor_replies_and_never_on_a_closed_ticket() {
    String ticket = assignedTicket();

    reply("another-agent", ticket, "hello", "PUBLIC").then().statusCode(403);
    Api.supervisor()
        .body(Map.of("text", "hello from the team lead", "visibility", "PUBLIC"))
        .post("/api/v1/tickets/" + ticket + "/replies")
        .then()
        .statusCode(202);
    QuarkusTransaction.requiringNew()
        .run(() -> Ticket.update("status = ?1 where id = ?2", TicketStatus.CLOSED, ticket));
    reply(agent, ticket, "too late", "PUBLIC").then().statusCode(409);
    reply(agent, "no-such-ticket", "hi", "PUBLIC").then().statusCode(404);
  }

  @Test
  void the_first_private_reply_moves_the_conversation_to_private_as_a_step_of_its_own() {
    String ticket = assignedTicket();
    reply(agent, ticket, "Sorry to hear that", "PUBLIC").then().statusCode(202);
    assertThat(fixture.ticket(ticket).movedPrivateAt()).isNull();

    reply(agent, ticket, "Could you confirm your postcode?", "PRIVATE").then().statusCode(202);
    var moved = fixture.ticket(ticket).movedPrivateAt();
    reply(agent, ticket, "Thanks, booked", "PRIVATE").then().statusCode(202);

    assertThat(moved).isNotNull();
    assertThat(fixture.ticket(ticket).movedPrivateAt()).isEqualTo(moved);
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket + "/audit")
        .then()
        .body("entries.findAll { it.action == 'MOVED_TO_PRIVATE' }.size()", equalTo(1));
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket)
        .then()
        .body("movedToPrivateAt", notNullValue());
  }
}
