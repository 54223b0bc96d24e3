package io.careroute.platform.standard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.ingest.MentionIds;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Hmac;
import io.careroute.testing.Pipeline;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class StandardWebhookTest {

  private static final byte[] KEY =
      "careroute-test-listening-key-32b".getBytes(StandardCharsets.US_ASCII);

  @Test
  void a_signed_mention_is_accepted_and_routed() {
    String externalId = UUID.randomUUID().toString();
    String body = mention(externalId);
    long now = Instant.now().getEpochSecond();

    post("msg_1", now, "v1," + sign("msg_1", now, body), body)
        .statusCode(202)
        .body("mentionId", equalTo(MentionIds.of("generic", externalId)));
    Pipeline.awaitRouted(MentionIds.of("generic", externalId));
  }

  @Test
  void any_matching_signature_in_the_list_is_enough_while_keys_rotate() {
    String body = mention(UUID.randomUUID().toString());
    long now = Instant.now().getEpochSecond();
    String old = "v1," + Base64.getEncoder().encodeToString(new byte[32]);
    post("msg_2", now, old + " v1," + sign("msg_2", now, body), body).statusCode(202);
  }

  @Test
  void a_wrong_or_missing_signature_is_401() {
    String body = mention(UUID.randomUUID().toString());
    long now = Instant.now().getEpochSecond();
    post("msg_3", now, "v1," + sign("msg_other", now, body), body).statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .header("webhook-id", "msg_3")
        .header("webhook-timestamp", Long.toString(now))
        .body(body)
        .post("/webhooks/generic/listening")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void a_stale_timestamp_is_401_even_when_correctly_signed() {
    String body = mention(UUID.randomUUID().toString());
    long sixMinutesAgo = Instant.now().getEpochSecond() - 360;
    post("msg_4", sixMinutesAgo, "v1," + sign("msg_4", sixMinutesAgo, body), body).statusCode(401);
  }

  @Test
  void a_future_timestamp_is_401_even_when_correctly_signed() {
    String body = mention(UUID.randomUUID().toString());
    long sixMinutesAhead = Instant.now().getEpochSecond() + 360;
    post("msg_5", sixMinutesAhead, "v1," + sign("msg_5", sixMinutesAhead, body), body)
        .statusCode(401);
  }

  @Test
  void a_source_without_a_secret_refuses_every_call() {
    String body = mention(UUID.randomUUID().toString());
    long now = Instant.now().getEpochSecond();
    given()
        .contentType(ContentType.JSON)
        .header("webhook-id", "msg_6")
        .header("webhook-timestamp", Long.toString(now))
        .header("webhook-signature", "v1," + sign("msg_6", now, body))
        .body(body)
        .post("/webhooks/generic/unconfigured")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void a_signed_but_invalid_mention_is_400_naming_the_fields() {
    String body = "{\"platform\":\"generic\",\"externalId\":\"\",\"author\":{},\"text\":\"hi\"}";
    long now = Instant.now().getEpochSecond();
    post("msg_7", now, "v1," + sign("msg_7", now, body), body).statusCode(400);
  }

  private static io.restassured.response.ValidatableResponse post(
      String id, long timestamp, String signature, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", signature)
        .body(body)
        .post("/webhooks/generic/listening")
        .then();
  }

  private static String sign(String id, long timestamp, String body) {
    return Base64.getEncoder().encodeToString(Hmac.sha256(KEY, id + "." + timestamp + "." + body));
  }

  private static String mention(String externalId) {
    return "{\"platform\":\"generic\",\"externalId\":\""
        + externalId
        + "\",\"author\":{\"id\":\"a-"
        + externalId
        + "\",\"handle\":\"listener\"},\"text\":\"Engineer never showed up for the install\"}";
  }
}
