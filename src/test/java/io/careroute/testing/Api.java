package io.careroute.testing;

import static io.restassured.RestAssured.given;

import io.careroute.devtools.DevToken;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Requests as each kind of client makes them, signed with real dev tokens. */
public final class Api {

  private Api() {}

  /** A request with a bearer token for this subject and these groups. */
  public static RequestSpecification as(String subject, String... groups) {
    return given()
        .header("Authorization", "Bearer " + DevToken.forSubject(subject, groups))
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification ingest() {
    return as("ingest-bot", "ingest");
  }

  public static RequestSpecification supervisor() {
    return as("sam", "supervisor");
  }

  /** The assignee answers the ticket in public, then resolves it. */
  public static void answerAndResolve(String agent, String ticket) {
    as(agent, "agent")
        .body(Map.of("text", "Looking into it now", "visibility", "PUBLIC"))
        .post("/api/v1/tickets/" + ticket + "/replies")
        .then()
        .statusCode(202);
    as(agent, "agent")
        .body(Map.of("status", "RESOLVED", "reason", "fixed"))
        .post("/api/v1/tickets/" + ticket + "/status")
        .then()
        .statusCode(200);
  }

  /** A valid mention body from this customer, with a fresh external id. */
  public static Map<String, Object> mention(String authorId, String text) {
    return mention("x", UUID.randomUUID().toString(), authorId, text);
  }

  /** A valid mention body with every required field. */
  public static Map<String, Object> mention(
      String platform, String externalId, String authorId, String text) {
    return new java.util.HashMap<>(
        Map.of(
            "platform", platform,
            "externalId", externalId,
            "author", Map.of("id", authorId, "handle", "user_" + authorId),
            "text", text));
  }
}
