package io.careroute.platform.meta;

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
import java.util.Optional;
import java.util.Set;

/**
 * Replies on Facebook and Instagram through the Graph API: a public reply answers the customer's
 * comment or post in its thread; a private reply is a message to the comment's author, sent as the
 * Page (or the Instagram account), which Meta allows once within its messaging window.
 */
@ApplicationScoped
public class MetaClient implements PlatformClient {

  private final DeliveryConfig config;

  MetaClient(DeliveryConfig config) {
    this.config = config;
  }

  @Override
  public Set<String> platforms() {
    return Set.of("facebook", "instagram");
  }

  @Override
  public HttpRequest request(ReplyRequested reply) {
    String token =
        config
            .meta()
            .pageAccessToken()
            .orElseThrow(
                () ->
                    new NotDeliverableException(
                        "delivery to "
                            + reply.platform()
                            + " is not configured (careroute.delivery.meta.page-access-token)"));
    String target = reply.inReplyToExternalId();
    if (target == null) {
      throw new NotDeliverableException("there is no customer comment to answer");
    }
    boolean instagram = reply.platform().equals("instagram");
    if ("PRIVATE".equals(reply.visibility())) {
      String sender =
          instagram
              ? required(config.meta().instagramAccountId(), "instagram-account-id")
              : required(config.meta().pageId(), "page-id");
      Map<String, Object> message =
          Map.of(
              "recipient", Map.of("comment_id", target), "message", Map.of("text", reply.text()));
      return post(path(sender, "/messages"), token, message);
    }
    String edge = instagram ? "/replies" : "/comments";
    return post(path(target, edge), token, Map.of("message", reply.text()));
  }

  @Override
  public String sentId(JsonNode answer) {
    return answer.hasNonNull("id")
        ? answer.get("id").asText()
        : answer.hasNonNull("message_id") ? answer.get("message_id").asText() : null;
  }

  @Override
  public String reason(JsonNode answer) {
    JsonNode error = answer.path("error");
    return error.hasNonNull("message") ? error.get("message").asText() : null;
  }

  private HttpRequest post(String path, String token, Object body) {
    return JsonPost.of(config.meta().baseUrl(), path, token, body, config.requestTimeout());
  }

  private static String path(String node, String edge) {
    return "/" + URLEncoder.encode(node, StandardCharsets.UTF_8) + edge;
  }

  private static String required(Optional<String> value, String key) {
    return value.orElseThrow(
        () ->
            new NotDeliverableException(
                "private replies need careroute.delivery.meta." + key + " to be configured"));
  }
}
