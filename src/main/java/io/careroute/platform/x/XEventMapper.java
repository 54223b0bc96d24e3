package io.careroute.platform.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.careroute.ingest.MentionRequest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Maps an X Account Activity delivery to mentions: each {@code tweet_create_events[]} entry, with
 * the full text when the tweet was truncated; the brand's own tweets are marked as brand posts.
 */
final class XEventMapper {

  private static final Logger LOG = Logger.getLogger(XEventMapper.class);
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

  private XEventMapper() {}

  static List<MentionRequest> mentions(JsonNode delivery) {
    String brandUserId = text(delivery, "for_user_id");
    List<MentionRequest> mentions = new ArrayList<>();
    delivery
        .fieldNames()
        .forEachRemaining(
            kind -> {
              if (!kind.equals("tweet_create_events") && !kind.equals("for_user_id")) {
                LOG.debugf("Ignored X event kind %s", kind);
              }
            });
    for (JsonNode tweet : delivery.path("tweet_create_events")) {
      mentions.add(toMention(tweet, brandUserId));
    }
    return mentions;
  }

  private static MentionRequest toMention(JsonNode tweet, String brandUserId) {
    JsonNode user = tweet.path("user");
    String userId = text(user, "id_str");
    String handle = text(user, "screen_name");
    String id = text(tweet, "id_str");
    return new MentionRequest(
        "x",
        id,
        new MentionRequest.Author(
            userId,
            handle,
            text(user, "name"),
            user.hasNonNull("followers_count") ? user.get("followers_count").asLong() : null,
            user.hasNonNull("verified") ? user.get("verified").asBoolean() : null),
        fullText(tweet),
        createdAt(text(tweet, "created_at")),
        text(tweet, "in_reply_to_status_id_str"),
        text(tweet, "conversation_id_str"),
        handle != null && id != null ? "https://x.com/" + handle + "/status/" + id : null,
        text(tweet, "lang"),
        userId != null && userId.equals(brandUserId));
  }

  /** A truncated tweet carries its whole text in extended_tweet.full_text. */
  private static String fullText(JsonNode tweet) {
    String extended = text(tweet.path("extended_tweet"), "full_text");
    if (extended != null) {
      return extended;
    }
    String full = text(tweet, "full_text");
    return full != null ? full : text(tweet, "text");
  }

  private static Instant createdAt(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value, CREATED_AT).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
