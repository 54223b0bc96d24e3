package io.careroute.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
@TestProfile(UnconfiguredAndLimitedTest.NoSecretsLowLimit.class)
class UnconfiguredAndLimitedTest {

  /** X and Meta without secrets; every source limited to a burst of three mentions. */
  public static class NoSecretsLowLimit implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "careroute.webhooks.x-consumer-secret", "",
          "careroute.webhooks.meta-app-secret", "",
          "careroute.webhooks.meta-verify-token", "",
          "careroute.ingest.rate-limit-per-second", "0.01",
          "careroute.ingest.rate-limit-burst", "3");
    }
  }

  @Test
  void x_without_a_secret_refuses_the_crc_check_and_every_delivery() {
    given().queryParam("crc_token", "abc").get("/webhooks/x").then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .header("x-twitter-webhooks-signature", "sha256=AAAA")
        .body("{\"tweet_create_events\":[]}")
        .post("/webhooks/x")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void meta_without_a_secret_refuses_the_handshake_and_every_delivery() {
    given()
        .queryParam("hub.mode", "subscribe")
        .queryParam("hub.verify_token", "")
        .queryParam("hub.challenge", "1")
        .get("/webhooks/meta")
        .then()
        .statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .header("X-Hub-Signature-256", "sha256=00")
        .body("{\"object\":\"page\",\"entry\":[]}")
        .post("/webhooks/meta")
        .then()
        .statusCode(404);
  }

  @Test
  void a_source_over_its_rate_is_told_to_retry_later() {
    var client = "flood-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      Api.as(client, "ingest")
          .body(Api.mention("c-" + i, "hello"))
          .post("/api/v1/mentions")
          .then()
          .statusCode(202);
    }
    Api.as(client, "ingest")
        .body(Api.mention("c-4", "hello"))
        .post("/api/v1/mentions")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
    Api.as("another-" + client, "ingest")
        .body(Api.mention("c-5", "hello"))
        .post("/api/v1/mentions")
        .then()
        .statusCode(202);
  }
}
