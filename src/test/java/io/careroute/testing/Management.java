package io.careroute.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

/** Requests to the management interface (health and metrics), which has a port of its own. */
public final class Management {

  private Management() {}

  /** A request to the running test application's management port. */
  public static RequestSpecification request() {
    return given().baseUri(TestHTTPResourceManager.getManagementUri());
  }
}
