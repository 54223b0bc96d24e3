package io.careroute.testing;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;

/** Drives mentions through the real pipeline and waits for them to land. */
public final class Pipeline {

  private Pipeline() {}

  /** Posts the mention, expects 202, and returns its mention id. */
  public static String ingest(Map<String, Object> mention) {
    return Api.ingest()
        .body(mention)
        .post("/api/v1/mentions")
        .then()
        .statusCode(202)
        .body("status", equalTo("accepted"))
        .extract()
        .path("mentionId");
  }

  /** Waits until the mention is ROUTED and returns its progress. */
  public static JsonPath awaitRouted(String mentionId) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var response = Api.supervisor().get("/api/v1/mentions/" + mentionId);
              if (response.statusCode() != 200) {
                return false;
              }
              last[0] = response.jsonPath();
              return "ROUTED".equals(last[0].getString("stage"));
            });
    return last[0];
  }

  /** Ingests the mention, waits for it to be routed, and returns its ticket id. */
  public static String ticketOf(Map<String, Object> mention) {
    return awaitRouted(ingest(mention)).getString("ticketId");
  }

  /** The ticket as a supervisor sees it. */
  public static JsonPath ticket(String ticketId) {
    return Api.supervisor()
        .get("/api/v1/tickets/" + ticketId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
