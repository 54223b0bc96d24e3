package io.careroute.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.CarerouteTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, what it answers and every error it may send. */
@CarerouteTest
class OpenApiDocumentTest {

  private static final String PROBLEM = "#/components/schemas/Problem";

  private JsonPath document;

  @BeforeEach
  void readTheDocument() {
    document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
  }

  @Test
  void every_operation_has_a_summary_a_success_and_its_errors_as_problems() {
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    List<String> gaps = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  String name = method.toUpperCase() + " " + path;
                  if (operation.get("summary") == null) {
                    gaps.add(name + ": no summary");
                  }
                  @SuppressWarnings("unchecked")
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) operation.get("responses");
                  if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    gaps.add(name + ": no success response");
                  }
                  responses.forEach(
                      (code, response) -> {
                        if ((code.startsWith("4") || code.startsWith("5"))
                            && !PROBLEM.equals(problemRef(response))) {
                          gaps.add(name + ": " + code + " is not a Problem");
                        }
                      });
                  if (path.startsWith("/api/") && !responses.containsKey("401")) {
                    gaps.add(name + ": no 401");
                  }
                }));

    assertThat(paths).hasSizeGreaterThanOrEqualTo(20);
    assertThat(gaps).isEmpty();
  }

  @Test
  void the_errors_peculiar_to_an_endpoint_are_listed_on_it() {
    assertThat(codes("/api/v1/tickets/{id}/replies", "post"))
        .contains("202", "403", "404", "409", "422");
    assertThat(codes("/api/v1/tickets/{id}/status", "post")).contains("200", "400", "409", "412");
    assertThat(codes("/api/v1/mentions", "post"))
        .contains("202", "400", "401", "413", "415", "503");
    assertThat(codes("/api/v1/agents", "post")).contains("201", "403", "409");
    assertThat(document.getString("components.schemas.Problem.properties.errors.type"))
        .isEqualTo("array");
    assertThat(document.getMap("components.schemas")).containsKeys("TicketView", "ReplyAccepted");
  }

  @SuppressWarnings("unchecked")
  private static Object problemRef(Map<String, Object> response) {
    Object content = response.get("content");
    if (!(content instanceof Map<?, ?> media)
        || !(media.get("application/problem+json") instanceof Map<?, ?> problem)
        || !(problem.get("schema") instanceof Map<?, ?> schema)) {
      return null;
    }
    return schema.get("$ref");
  }

  private List<String> codes(String path, String method) {
    Map<String, Object> responses =
        document.getMap("paths.'" + path + "'." + method + ".responses");
    return new ArrayList<>(responses.keySet());
  }
}
