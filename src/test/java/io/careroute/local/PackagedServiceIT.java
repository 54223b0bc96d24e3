package io.careroute.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import io.careroute.devtools.DevToken;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, started the way {@code bin/careroute run} starts it, turns a mention into a
 * classified ticket: what only the real jar shows, such as which class loader loads native code, is
 * checked here after {@code package}.
 */
class PackagedServiceIT {

  @Test
  void the_packaged_service_turns_a_mention_into_a_classified_routed_ticket() throws Exception {
    try (LocalStack stack = new LocalStack().startThrowAway()) {
      String ingest = DevToken.forSubject("it-ingest", "ingest");
      String supervisor = DevToken.forSubject("it-supervisor", "supervisor");
      Map<String, Object> mention =
          Map.of(
              "platform",
              "x",
              "externalId",
              UUID.randomUUID().toString(),
              "author",
              Map.of("id", "it-customer", "handle", "it_customer"),
              "text",
              "@btcare cannot get online at all since this morning in Leeds");

      String mentionId =
          given()
              .baseUri(stack.baseUrl())
              .auth()
              .oauth2(ingest)
              .contentType(ContentType.JSON)
              .body(mention)
              .post("/api/v1/mentions")
              .then()
              .statusCode(202)
              .extract()
              .path("mentionId");
      String ticketId =
          await()
              .atMost(Duration.ofMinutes(2))
              .pollInterval(Duration.ofMillis(500))
              .until(
                  () ->
                      given()
                          .baseUri(stack.baseUrl())
                          .auth()
                          .oauth2(supervisor)
                          .get("/api/v1/mentions/" + mentionId)
                          .path("ticketId"),
                  notNullValue());

      JsonPath ticket =
          given()
              .baseUri(stack.baseUrl())
              .auth()
              .oauth2(supervisor)
              .get("/api/v1/tickets/" + ticketId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(ticket.getString("category")).isEqualTo("FAULT");
      assertThat(ticket.getString("classification.modelVersion")).contains("all-minilm-l6-v2-q");
    }
  }
}
