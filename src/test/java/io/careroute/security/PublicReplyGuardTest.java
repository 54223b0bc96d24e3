package io.careroute.security;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise a care team adopts careroute for: a PUBLIC reply never publishes personal data,
 * however the digits are disguised, and the text checked is the text that would be published.
 */
@CarerouteTest
class PublicReplyGuardTest {

  @Inject RoutingFixture fixture;

  private final String category = freshCategory();

  private String ticketFor(String agent, String signature) {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"), signature);
    return fixture.route(mention("guarded-" + UUID.randomUUID(), category));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call 07700\u00A0900\u00A0123",
        "call 0770\u200B0900123",
        "call 07700 90\u00AD0123",
        "call \uFF10\uFF17\uFF17\uFF10\uFF10\uFF19\uFF10\uFF10\uFF11\uFF12\uFF13",
        "call \u0660\u0667\u0667\u0660\u0660\u0669\u0660\u0660\u0661\u0662\u0663",
        "call 07700.900.123",
        "call 07700 - 900 123",
        "call 0044 7700 900123",
        "call +1 (415) 555-2671",
        "write to jo at example dot com",
        "write to jo[at]example[dot]com",
        "write to jo @ example.com",
        "write to zoë@example.com",
        "the engineer comes to LS1-4AP",
        "the engineer comes to LS1  4AP",
        "we refunded 4111.1111.1111.1111",
        "your account ending 12345678 is fixed",
        "customer number 12345678 is fixed"
      })
  void a_disguised_personal_datum_is_refused_and_nothing_is_stored(String text) {
    String agent = "guard-" + UUID.randomUUID().toString().substring(0, 8);
    String ticket = ticketFor(agent, "^G");

    Api.as(agent, "agent")
        .body(Map.of("text", text, "visibility", "PUBLIC"))
        .post("/api/v1/tickets/" + ticket + "/replies")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("findings", not(empty()));
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(1);
  }

  @Test
  void a_signature_with_a_phone_number_is_checked_as_part_of_the_post() {
    String agent = "sig-" + UUID.randomUUID().toString().substring(0, 8);
    String ticket = ticketFor(agent, "07700900123");

    Api.as(agent, "agent")
        .body(Map.of("text", "Sorry about that", "visibility", "PUBLIC"))
        .post("/api/v1/tickets/" + ticket + "/replies")
        .then()
        .statusCode(422)
        .body("findings[0].type", equalTo("PHONE"))
        .body("findings[0].start", equalTo("Sorry about that ".length()));
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(1);
  }

  @Test
  void a_private_reply_answers_the_tickets_own_customer() {
    String agent = "priv-" + UUID.randomUUID().toString().substring(0, 8);
    String ticket = ticketFor(agent, "^P");
    String messageId =
        Api.as(agent, "agent")
            .body(Map.of("text", "Please DM us", "visibility", "PRIVATE"))
            .post("/api/v1/tickets/" + ticket + "/replies")
            .then()
            .statusCode(202)
            .extract()
            .path("messageId");
    var customerMessage =
        Api.supervisor()
            .get("/api/v1/tickets/" + ticket)
            .then()
            .extract()
            .jsonPath()
            .getString("messages[0].externalId");
    assertThat(fixture.message(messageId).inReplyToExternalId).isEqualTo(customerMessage);
  }
}
