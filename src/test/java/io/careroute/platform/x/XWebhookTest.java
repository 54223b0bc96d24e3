package io.careroute.platform.x;

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
class XWebhookTest {

  private static final String SECRET = "Jefe";
  private static final String BRAND = "1000";

  @Test
  void the_crc_answer_matches_the_rfc_4231_hmac_vector() {
    given()
        .queryParam("crc_token", "what do ya want for nothing?")
        .get("/webhooks/x")
        .then()
        .statusCode(200)
        .body("response_token", equalTo("sha256=W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM="));
  }

  @Test
  void a_signed_tweet_becomes_a_mention_with_its_full_text() {
    String id = uniqueId();
    String body =
        delivery(
            tweet(id, "42" + id, "jo_bloggs", "@brand my broadband is down…", null)
                .replace(
                    "\"truncated\":false",
                    "\"truncated\":true,\"extended_tweet\":{\"full_text\":\"@brand my broadband is"
                        + " down again in Leeds, third time this week\"}"));

    post(body, "sha256=" + Hmac.base64(SECRET, body)).statusCode(200).body("accepted", equalTo(1));

    String ticketId = Pipeline.awaitRouted(MentionIds.of("x", id)).getString("ticketId");
    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getString("messages[0].text"))
        .isEqualTo("@brand my broadband is down again in Leeds, third time this week");
    assertThat(ticket.getString("messages[0].author.handle")).isEqualTo("jo_bloggs");
  }

  @Test
  void the_brands_own_reply_is_recorded_as_outbound_on_the_customers_ticket() {
    String customerTweet = uniqueId();
    String customerBody =
        delivery(tweet(customerTweet, "77" + customerTweet, "kim", "no signal", null));
    post(customerBody, "sha256=" + Hmac.base64(SECRET, customerBody)).statusCode(200);
    String ticketId = Pipeline.awaitRouted(MentionIds.of("x", customerTweet)).getString("ticketId");

    String brandTweet = uniqueId();
    String brandBody =
        delivery(tweet(brandTweet, BRAND, "brand", "@kim sorry, DM us please", customerTweet))
            .replace("20:19:24", "20:25:00");
    post(brandBody, "sha256=" + Hmac.base64(SECRET, brandBody)).statusCode(200);
    Pipeline.awaitRouted(MentionIds.of("x", brandTweet));

    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getList("messages.direction", String.class))
        .containsExactly("INBOUND", "OUTBOUND");
    assertThat(ticket.getString("messages[1].text")).isEqualTo("@kim sorry, DM us please");
  }

  @Test
  void other_event_kinds_are_ignored() {
    String body = "{\"for_user_id\":\"" + BRAND + "\",\"favorite_events\":[{\"id\":\"1\"}]}";
    post(body, "sha256=" + Hmac.base64(SECRET, body)).statusCode(200).body("accepted", equalTo(0));
  }

  @Test
  void a_wrong_signature_is_401() {
    String body = delivery(tweet(uniqueId(), "5", "eve", "forged", null));
    post(body, "sha256=" + Hmac.base64("not-the-secret", body))
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void a_signature_over_other_bytes_is_401() {
    String body = delivery(tweet(uniqueId(), "5", "eve", "forged", null));
    post(body + " ", "sha256=" + Hmac.base64(SECRET, body)).statusCode(401);
  }

  @Test
  void a_missing_or_malformed_signature_is_401() {
    String body = delivery(tweet(uniqueId(), "5", "eve", "unsigned", null));
    given().contentType(ContentType.JSON).body(body).post("/webhooks/x").then().statusCode(401);
    post(body, "sha256=%%%not-base64").statusCode(401);
  }

  private static io.restassured.response.ValidatableResponse post(String body, String signature) {
    return given()
        .contentType(ContentType.JSON)
        .header(XWebhookResource.SIGNATURE_HEADER, signature)
        .body(body)
        .post("/webhooks/x")
        .then();
  }

  private static String delivery(String tweet) {
    return "{\"for_user_id\":\"" + BRAND + "\",\"tweet_create_events\":[" + tweet + "]}";
  }

  private static String tweet(
      String id, String userId, String handle, String text, String replyTo) {
    return "{\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\",\"id_str\":\""
        + id
        + "\",\"text\":\""
        + text
        + "\",\"truncated\":false,\"in_reply_to_status_id_str\":"
        + (replyTo == null ? "null" : "\"" + replyTo + "\"")
        + ",\"user\":{\"id_str\":\""
        + userId
        + "\",\"screen_name\":\""
        + handle
        + "\",\"name\":\"Jo\",\"followers_count\":310,\"verified\":false},\"lang\":\"en\"}";
  }

  private static String uniqueId() {
    return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
  }
}
