package io.careroute.platform.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.careroute.delivery.DeliveryConfig;
import io.careroute.delivery.JsonPost;
import io.careroute.delivery.PlatformClient;
import io.careroute.messaging.ReplyRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Replies on X through API v2: a public reply is a post with {@code reply.in_reply_to_tweet_id}; a
 * private one is a direct message to the customer.
 */
@ApplicationScoped
public class XClient implements PlatformClient {

  private final DeliveryConfig config;

  XClient(DeliveryConfig config) {
    this.config = config;
  }

  @Override
  public Set<String> platforms() {
    return Set.of("x");
  }

  @Override
  public HttpRequest request(ReplyRequested reply) {
    String token =
        config
            .x()
            .accessToken()
            .orElseThrow(
                () ->
                    new NotDeliverableException(
                        "delivery to x is not configured (careroute.delivery.x.access-token)"));
    if ("PRIVATE".equals(reply.visibility())) {
      if (reply.recipientId() == null) {
        throw new NotDeliverableException("the customer's X account is not known");
      }
      String path =
          "/2/dm_conversations/with/"
              + URLEncoder.encode(reply.recipientId(), StandardCharsets.UTF_8)
              + "/messages";
      return JsonPost.of(
          config.x().baseUrl(), path, token, Map.of("text", reply.text()), config.requestTimeout());
    }
    if (reply.inReplyToExternalId() == null) {
      throw new NotDeliverableException("there is no customer post on X to answer");
    }
    Map<String, Object> post =
        Map.of(
            "text",
            reply.text(),
            "reply",
            Map.of("in_reply_to_tweet_id", reply.inReplyToExternalId()));
    return JsonPost.of(config.x().baseUrl(), "/2/tweets", token, post, config.requestTimeout());
  }

  @Override
  public String sentId(JsonNode answer) {
    JsonNode data = answer.path("data");
    return data.hasNonNull("id")
        ? data.get("id").asText()
        : data.hasNonNull("dm_event_id") ? data.get("dm_event_id").asText() : null;
  }

  @Override
  public String reason(JsonNode answer) {
    if (answer.hasNonNull("detail")) {
      return answer.get("detail").asText();
    }
    if (answer.path("errors").path(0).hasNonNull("message")) {
      return answer.path("errors").path(0).get("message").asText();
    }
    return answer.hasNonNull("title") ? answer.get("title").asText() : null;
  }
}
