package io.careroute.platform.meta;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.ingest.MentionIds;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Hmac;
import io.careroute.testing.Pipeline;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class MetaWebhookTest {

  private static final String SECRET = "test-meta-app-secret";

  @Test
  void the_subscription_handshake_echoes_the_challenge_when_the_token_matches() {
    given()
        .queryParam("hub.mode", "subscribe")
        .queryParam("hub.verify_token", "test-meta-verify-token")
        .queryParam("hub.challenge", "1158201444")
        .get("/webhooks/meta")
        .then()
        .statusCode(200)
        .body(equalTo("1158201444"));
  }

  @Test
  void the_subscription_handshake_with_a_wrong_token_is_403() {
    given()
        .queryParam("hub.mode", "subscribe")
        .queryParam("hub.verify_token", "guess")
        .queryParam("hub.challenge", "1158201444")
        .get("/webhooks/meta")
        .then()
        .statusCode(403);
  }

  @Test
  void a_batched_delivery_maps_each_facebook_and_instagram_entry() {
    String fbComment = "post_1_" + unique();
    String igComment = "ig_" + unique();
    String body =
        "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":1764148500,\"changes\":["
            + "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\","
            + "\"comment_id\":\""
            + fbComment
            + "\",\"post_id\":\"PAGE_post1\",\"parent_id\":\"PAGE_post1\","
            + "\"message\":\"Still no broadband in Hull, day three\",\"created_time\":1764148500,"
            + "\"from\":{\"id\":\"fb-"
            + fbComment
            + "\",\"name\":\"Sam Patel\"}}},"
            + "{\"field\":\"feed\",\"value\":{\"item\":\"reaction\",\"verb\":\"add\"}}]}]}";
    post(body, "sha256=" + Hmac.hex(SECRET, body)).statusCode(200).body("accepted", equalTo(1));

    String igBody =
        "{\"object\":\"instagram\",\"entry\":[{\"id\":\"IGACCOUNT\",\"time\":1764148500,"
            + "\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\""
            + igComment
            + "\",\"text\":\"why was I charged twice?\",\"from\":{\"id\":\"ig-"
            + igComment
            + "\",\"username\":\"lowri.makes\"},\"media\":{\"id\":\"MEDIA1\"}}}]}]}";
    post(igBody, "sha256=" + Hmac.hex(SECRET, igBody)).statusCode(200).body("accepted", equalTo(1));

    var fb =
        Pipeline.ticket(
            Pipeline.awaitRouted(MentionIds.of("facebook", fbComment)).getString("ticketId"));
    assertThat(fb.getString("customer.platform")).isEqualTo("facebook");
    assertThat(fb.getString("messages[0].text")).isEqualTo("Still no broadband in Hull, day three");
    var ig =
        Pipeline.ticket(
            Pipeline.awaitRouted(MentionIds.of("instagram", igComment)).getString("ticketId"));
    assertThat(ig.getString("customer.handle")).isEqualTo("lowri.makes");
  }

  @Test
  void a_wrong_missing_or_malformed_signature_is_401() {
    String body = "{\"object\":\"page\",\"entry\":[]}";
    post(body, "sha256=" + Hmac.hex("wrong", body)).statusCode(401);
    post(body, "sha256=zz").statusCode(401);
    given().contentType(ContentType.JSON).body(body).post("/webhooks/meta").then().statusCode(401);
  }

  private static io.restassured.response.ValidatableResponse post(String body, String signature) {
    return given()
        .contentType(ContentType.JSON)
        .header(MetaWebhookResource.SIGNATURE_HEADER, signature)
        .body(body)
        .post("/webhooks/meta")
        .then();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 12);
  }
}
