package io.careroute.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.careroute.messaging.ReplyRequested;
import java.net.http.HttpRequest;
import java.util.Set;

/**
 * What one platform's API needs to take a reply: the request that sends it, and how to read the
 * answer. The delivery stage owns sending, timeouts and retries, so a client only knows its API.
 */
public interface PlatformClient {

  /** The platforms (lowercase, as on tickets) this client delivers to. */
  Set<String> platforms();

  /**
   * The request that sends this reply.
   *
   * @throws NotDeliverableException when the reply cannot be sent at all (no credentials, nothing
   *     to answer); the reply fails at once with that reason
   */
  HttpRequest request(ReplyRequested reply);

  /** The platform's id of the post or message a successful answer created, if it names one. */
  String sentId(JsonNode answer);

  /** The platform's own words for why it refused, read from an error answer, if it has any. */
  String reason(JsonNode answer);

  /** A reply that no attempt could send. */
  class NotDeliverableException extends RuntimeException {
    public NotDeliverableException(String message) {
      super(message);
    }
  }
}
