package io.careroute.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.ingest.MentionIds;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Hmac;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An attacker who can call the public CRC check must not get a signature for a delivery of their
 * own: the CRC answer is HMAC(secret, token), the delivery signature HMAC(secret, body).
 */
@CarerouteTest
class ForgedWebhookTest {

  private static final String SECRET = "Jefe";

  @Test
  void a_crc_token_that_is_a_json_body_is_refused() {
    String body = delivery(UUID.randomUUID().toString());
    given()
        .queryParam("crc_token", body)
        .get("/webhooks/x")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("crc_token"));
  }

  @Test
  void crc_tokens_x_could_not_have_sent_are_refused() {
    for (String token : new String[] {"", "{", "a{b", "x".repeat(257), "tab\there", "é"}) {
      given().queryParam("crc_token", token).get("/webhooks/x").then().statusCode(400);
    }
    given().queryParam("crc_token", "x".repeat(256)).get("/webhooks/x").then().statusCode(200);
  }

  @Test
  void a_delivery_signed_with_a_crc_answer_is_not_a_mention() {
    String token = "crc-" + UUID.randomUUID();
    String answer =
        given()
            .queryParam("crc_token", token)
            .get("/webhooks/x")
            .then()
            .statusCode(200)
            .extract()
            .path("response_token");
    assertThat(answer).isEqualTo("sha256=" + Hmac.base64(SECRET, token));

    // The only body that answer signs is the token itself, and a delivery is a JSON object.
    given()
        .contentType(ContentType.JSON)
        .header("x-twitter-webhooks-signature", answer)
        .body(token)
        .post("/webhooks/x")
        .then()
        .statusCode(400);
    String forged = delivery("forged-" + UUID.randomUUID());
    given()
        .contentType(ContentType.JSON)
        .header("x-twitter-webhooks-signature", answer)
        .body(forged)
        .post("/webhooks/x")
        .then()
        .statusCode(401);
  }

  @Test
  void nothing_of_a_refused_delivery_reaches_the_pipeline() {
    String tweetId = "forged-" + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .header("x-twitter-webhooks-signature", "sha256=" + Hmac.base64(SECRET, "other"))
        .body(delivery(tweetId))
        .post("/webhooks/x")
        .then()
        .statusCode(401);
    Api.supervisor().get("/api/v1/mentions/" + MentionIds.of("x", tweetId)).then().statusCode(404);
  }

  private static String delivery(String tweetId) {
    return "{\"for_user_id\":\"1\",\"tweet_create_events\":[{\"id_str\":\""
        + tweetId
        + "\",\"text\":\"@btcare forged\",\"user\":{\"id_str\":\"666\",\"screen_name\":\"mallory\"}}]}";
  }
}
