package io.careroute.security;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.devtools.DevToken;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tokens are verified as the contract says (issuer, audience, expiry, a bounded lifetime) and the
 * caller is the token's {@code sub}, whatever other name claims it carries.
 */
@CarerouteTest
class TokenRulesTest {

  @Inject RoutingFixture fixture;

  private static String token(String claims) throws Exception {
    return DevToken.signClaims(DevToken.devPrivateKey(), claims);
  }

  private static String claims(String extra, Duration lifetime) {
    long now = Instant.now().getEpochSecond();
    return "{\"iss\":\"careroute-dev\",\"groups\":[\"agent\",\"supervisor\"],\"iat\":"
        + now
        + ",\"exp\":"
        + (now + lifetime.toSeconds())
        + extra
        + "}";
  }

  private static int status(String token) {
    return given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/tickets")
        .then()
        .extract()
        .statusCode();
  }

  /** The status of a ticket list asked for with a token of these claims and this lifetime. */
  private static int statusWith(String extraClaims, Duration lifetime) throws Exception {
    return status(token(claims(extraClaims, lifetime)));
  }

  @Test
  void a_well_formed_token_is_accepted() throws Exception {
    assertThat(statusWith(",\"sub\":\"ok\",\"aud\":\"careroute\"", Duration.ofMinutes(5)))
        .isEqualTo(200);
  }

  @Test
  void a_token_without_the_audience_or_for_another_is_refused() throws Exception {
    assertThat(statusWith(",\"sub\":\"no-aud\"", Duration.ofMinutes(5))).isEqualTo(401);
    assertThat(statusWith(",\"sub\":\"other\",\"aud\":\"billing-app\"", Duration.ofMinutes(5)))
        .isEqualTo(401);
  }

  @Test
  void a_token_issued_for_ten_years_is_refused() throws Exception {
    assertThat(statusWith(",\"sub\":\"forever\",\"aud\":\"careroute\"", Duration.ofDays(3650)))
        .isEqualTo(401);
  }

  @Test
  void a_subject_that_is_no_agent_id_is_refused() throws Exception {
    String tooLong = "a".repeat(65);
    assertThat(
            statusWith(",\"sub\":\"" + tooLong + "\",\"aud\":\"careroute\"", Duration.ofMinutes(5)))
        .isEqualTo(401);
    assertThat(statusWith(",\"sub\":\"nul\\u0000\",\"aud\":\"careroute\"", Duration.ofMinutes(5)))
        .isEqualTo(401);
  }

  @Test
  void a_token_naming_another_agent_in_upn_acts_as_its_own_subject() throws Exception {
    String category = freshCategory();
    String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.onlineAgent(alice, 5, List.of(category), List.of("en"));
    String ticket = fixture.route(mention("tok-" + UUID.randomUUID(), category));
    String mallory =
        token(
            "{\"iss\":\"careroute-dev\",\"aud\":\"careroute\",\"sub\":\"mallory\",\"upn\":\""
                + alice
                + "\",\"preferred_username\":\""
                + alice
                + "\",\"groups\":[\"agent\"],\"iat\":"
                + Instant.now().getEpochSecond()
                + ",\"exp\":"
                + (Instant.now().getEpochSecond() + 300)
                + "}");
    given()
        .header("Authorization", "Bearer " + mallory)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "RESOLVED", "reason", "hijacked"))
        .post("/api/v1/tickets/" + ticket + "/status")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + mallory)
        .contentType(ContentType.JSON)
        .body(Map.of("text", "hello", "visibility", "PRIVATE"))
        .post("/api/v1/tickets/" + ticket + "/replies")
        .then()
        .statusCode(403);
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(1);
  }
}
