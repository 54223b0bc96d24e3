package io.careroute.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.messaging.ReplyRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends a reply through its platform's client: each attempt within the request timeout, a throttled
 * (429), unavailable (5xx) or unreachable platform tried again after an exponentially growing wait
 * (or the platform's Retry-After), any other refusal final at once.
 */
@ApplicationScoped
public class PlatformSender {

  private static final Logger LOG = Logger.getLogger(PlatformSender.class);
  private static final int MAX_REASON = 1000;

  private final DeliveryConfig config;
  private final ObjectMapper json;
  private final HttpClient http;
  private final Map<String, PlatformClient> clients = new HashMap<>();

  PlatformSender(DeliveryConfig config, ObjectMapper json, Instance<PlatformClient> clients) {
    this.config = config;
    this.json = json;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    clients.forEach(client -> client.platforms().forEach(p -> this.clients.put(p, client)));
  }

  /** Delivers the reply, retrying what may succeed later; never throws. */
  public DeliveryOutcome deliver(ReplyRequested reply) {
    PlatformClient client = clients.get(reply.platform());
    if (client == null) {
      return DeliveryOutcome.failed(
          "careroute has no delivery channel for platform " + reply.platform(), 0);
    }
    String lastReason = null;
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      HttpRequest request;
      try {
        request = client.request(reply);
      } catch (PlatformClient.NotDeliverableException e) {
        return DeliveryOutcome.failed(e.getMessage(), attempt - 1);
      }
      Optional<Duration> retryAfter = Optional.empty();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 == 2) {
          return DeliveryOutcome.sent(client.sentId(body), attempt);
        }
        lastReason = reason(reply.platform(), status, client.reason(body));
        if (status != 429 && status / 100 != 5) {
          return DeliveryOutcome.failed(lastReason, attempt);
        }
        retryAfter = retryAfter(response);
      } catch (HttpTimeoutException e) {
        lastReason = reply.platform() + " did not answer within " + config.requestTimeout();
      } catch (IOException e) {
        lastReason = reply.platform() + " could not be reached: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return DeliveryOutcome.failed("delivery was interrupted", attempt);
      }
      if (attempt < config.maxAttempts()) {
        Duration wait = Backoff.before(attempt + 1, config, retryAfter);
        LOG.debugf(
            "Reply %s: %s; attempt %d in %s", reply.messageId(), lastReason, attempt + 1, wait);
        if (!pause(wait)) {
          return DeliveryOutcome.failed("delivery was interrupted", attempt);
        }
      }
    }
    return DeliveryOutcome.failed(
        "gave up after " + config.maxAttempts() + " attempts: " + lastReason, config.maxAttempts());
  }

  private static String reason(String platform, int status, String words) {
    String reason = platform + " refused with HTTP " + status + (words == null ? "" : ": " + words);
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(
            value -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
              } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: the backoff stands
              }
            });
  }

  private JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
    } catch (IOException e) {
      return json.nullNode();
    }
  }

  private static boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
