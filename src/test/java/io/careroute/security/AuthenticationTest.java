package io.careroute.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@CarerouteTest
class AuthenticationTest {

  @Test
  void a_request_without_a_token_is_refused_with_401_problem() {
    given()
        .contentType(ContentType.JSON)
        .body(Api.mention("c-1", "hello"))
        .post("/api/v1/mentions")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void a_token_signed_with_another_key_is_refused_with_401() throws Exception {
    var generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    var otherKey = generator.generateKeyPair().getPrivate();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(otherKey.getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    String forged =
        io.careroute.devtools.DevToken.sign(
            pem, "mallory", java.util.List.of("admin"), java.time.Duration.ofMinutes(5));
    given()
        .header("Authorization", "Bearer " + forged)
        .get("/api/v1/tickets/any")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void an_agent_token_on_the_ingest_endpoint_is_forbidden() {
    Api.as("alice", "agent")
        .body(Api.mention("c-2", "broadband down"))
        .post("/api/v1/mentions")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  @Test
  void an_ingest_token_cannot_read_tickets() {
    Api.ingest().get("/api/v1/tickets/any").then().statusCode(403);
  }

  @Test
  void an_admin_token_may_ingest() {
    Api.as("root", "admin")
        .body(Api.mention("c-3", "my bill is wrong"))
        .post("/api/v1/mentions")
        .then()
        .statusCode(202);
  }
}
