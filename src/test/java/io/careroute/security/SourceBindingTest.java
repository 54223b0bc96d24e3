package io.careroute.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.ingest.MentionIds;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Hmac;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each source speaks only for its own platforms: a shared-secret source cannot post into X's signed
 * id space (and so pre-empt or thread into real tweets), and only sources named for it may record
 * the brand's own posts, which stop SLA clocks.
 */
@CarerouteTest
class SourceBindingTest {

  private static final byte[] LISTENING_KEY =
      "careroute-test-listening-key-32b".getBytes(StandardCharsets.US_ASCII);

  @Test
  void a_standard_webhooks_source_may_not_post_as_x() {
    String externalId = UUID.randomUUID().toString();
    post(mention("x", externalId, false))
        .statusCode(403)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("platform"));
    Api.supervisor()
        .get("/api/v1/mentions/" + MentionIds.of("x", externalId))
        .then()
        .statusCode(404);
  }

  @Test
  void a_standard_webhooks_source_may_not_record_brand_posts() {
    post(mention("generic", UUID.randomUUID().toString(), true)).statusCode(403);
  }

  @Test
  void an_api_client_not_named_for_brand_posts_may_not_record_them() {
    var post = Api.mention("brand", "we're on it ^AH");
    post.put("authoredByBrand", true);
    Api.as("mallory-bot", "ingest").body(post).post("/api/v1/mentions").then().statusCode(403);
    Api.as("mallory-bot", "ingest")
        .body(java.util.Map.of("mentions", java.util.List.of(Api.mention("c", "hi"), post)))
        .post("/api/v1/mentions/batch")
        .then()
        .statusCode(403)
        .body("errors[0].field", equalTo("mentions[1].authoredByBrand"));
  }

  private static io.restassured.response.ValidatableResponse post(String body) {
    long now = Instant.now().getEpochSecond();
    String id = "msg_" + UUID.randomUUID();
    String signature =
        Base64.getEncoder().encodeToString(Hmac.sha256(LISTENING_KEY, id + "." + now + "." + body));
    return given()
        .contentType(ContentType.JSON)
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(now))
        .header("webhook-signature", "v1," + signature)
        .body(body)
        .post("/webhooks/generic/listening")
        .then();
  }

  private static String mention(String platform, String externalId, boolean brand) {
    return "{\"platform\":\""
        + platform
        + "\",\"externalId\":\""
        + externalId
        + "\",\"author\":{\"id\":\"a-1\",\"handle\":\"someone\"},\"text\":\"hello\","
        + "\"authoredByBrand\":"
        + brand
        + "}";
  }
}
