package io.careroute.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

/** Requests to the management interface (health and metrics), which has a port of its own. */
public final class Management {

  private Management() {}

  /** A request to the running test application's management port; paths start with /q. */
  public static RequestSpecification request() {
    String uri = TestHTTPResourceManager.getManagementUri();
    return given().baseUri(uri.endsWith("/q") ? uri.substring(0, uri.length() - 2) : uri);
  }
}
