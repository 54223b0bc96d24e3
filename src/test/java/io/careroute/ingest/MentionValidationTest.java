package io.careroute.ingest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CarerouteTest
class MentionValidationTest {

  @Test
  void every_missing_required_field_is_named() {
    Api.ingest()
        .body(Map.of("author", Map.of()))
        .post("/api/v1/mentions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body(
            "errors.field",
            containsInAnyOrder("platform", "externalId", "author.id", "author.handle", "text"));
  }

  @Test
  void a_blank_text_and_an_overlong_external_id_are_named() {
    var mention = Api.mention("x", "e".repeat(129), "c-9", "   ");
    Api.ingest()
        .body(mention)
        .post("/api/v1/mentions")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("externalId", "text"));
  }

  @Test
  void malformed_json_is_400_problem() {
    Api.ingest()
        .body("{\"platform\": \"x\", ")
        .post("/api/v1/mentions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed JSON"));
  }

  @Test
  void a_wrongly_typed_field_is_named() {
    var mention = Api.mention("c-10", "hello");
    mention.put("createdAt", "yesterday");
    Api.ingest()
        .body(mention)
        .post("/api/v1/mentions")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .body("errors.field", hasItem("createdAt"));
  }

  @Test
  void a_wrong_content_type_is_415_problem() {
    Api.ingest()
        .contentType("text/plain")
        .body("broadband down")
        .post("/api/v1/mentions")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
