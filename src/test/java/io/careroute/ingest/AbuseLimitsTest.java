package io.careroute.ingest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import org.junit.jupiter.api.Test;

@CarerouteTest
class AbuseLimitsTest {

  @Test
  void a_body_over_one_mebibyte_is_413_problem() {
    var mention = Api.mention("c-big", "x".repeat(1024 * 1024 + 10));
    Api.ingest()
        .body(mention)
        .post("/api/v1/mentions")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
  }

  @Test
  void a_text_over_ten_thousand_characters_is_400_naming_text() {
    Api.ingest()
        .body(Api.mention("c-long", "y".repeat(10_001)))
        .post("/api/v1/mentions")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("text"));
  }

  @Test
  void a_text_of_exactly_ten_thousand_characters_is_accepted() {
    Api.ingest()
        .body(Api.mention("c-max", "z".repeat(10_000)))
        .post("/api/v1/mentions")
        .then()
        .statusCode(202);
  }

  @Test
  void garbage_bytes_are_400_never_500() {
    Api.ingest()
        .body(new byte[] {(byte) 0xff, 0x00, 0x7b, (byte) 0xfe})
        .post("/api/v1/mentions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.ingest().body("[1,2,3]").post("/api/v1/mentions").then().statusCode(400);
    Api.ingest().body("null").post("/api/v1/mentions").then().statusCode(400);
  }
}
