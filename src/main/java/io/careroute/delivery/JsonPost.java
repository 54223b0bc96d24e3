package io.careroute.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Builds the JSON POST with a bearer token that every platform API here takes. */
public final class JsonPost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonPost() {}

  /** A POST of {@code body} as JSON to {@code baseUrl + path}, answered within {@code timeout}. */
  public static HttpRequest of(
      String baseUrl, String path, String token, Object body, Duration timeout) {
    try {
      return HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + path))
          .timeout(timeout)
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A reply body could not be written as JSON", e);
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
