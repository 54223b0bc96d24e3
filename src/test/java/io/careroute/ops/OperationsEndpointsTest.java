package io.careroute.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Management;
import org.junit.jupiter.api.Test;

@CarerouteTest
class OperationsEndpointsTest {

  @Test
  void readiness_checks_the_database_and_kafka() {
    Management.request()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems("Database connections health check", "Kafka connection health check"));
  }

  @Test
  void health_and_metrics_are_not_served_on_the_public_port() {
    given().get("/q/metrics").then().statusCode(404);
    given().get("/q/health/ready").then().statusCode(404);
    given().get("/q/health").then().statusCode(404);
  }

  @Test
  void liveness_is_up() {
    Management.request().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void prometheus_metrics_are_exposed() {
    Management.request()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void the_openapi_document_describes_the_mentions_api() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/mentions"));
  }
}
