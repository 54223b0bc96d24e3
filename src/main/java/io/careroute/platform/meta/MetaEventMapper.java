package io.careroute.platform.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.careroute.ingest.MentionRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Maps a Meta delivery to mentions: Facebook Page feed posts and comments, and Instagram comments
 * and mentions. Each batched entry is mapped; the Page's or account's own posts are brand posts.
 */
final class MetaEventMapper {

  private static final Logger LOG = Logger.getLogger(MetaEventMapper.class);
  private static final DateTimeFormatter META_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

  private MetaEventMapper() {}

  static List<MentionRequest> mentions(JsonNode delivery) {
    String object = delivery.path("object").asText();
    List<MentionRequest> mentions = new ArrayList<>();
    for (JsonNode entry : delivery.path("entry")) {
      String ownId = text(entry, "id");
      for (JsonNode change : entry.path("changes")) {
        String field = change.path("field").asText();
        JsonNode value = change.path("value");
        MentionRequest mention =
            switch (object + "/" + field) {
              case "page/feed" -> pageFeed(value, ownId);
              case "instagram/comments", "instagram/live_comments" ->
                  instagramComment(value, ownId);
              case "instagram/mentions" -> instagramMention(value);
              default -> null;
            };
        if (mention != null) {
          mentions.add(mention);
        } else {
          LOG.debugf("Ignored Meta change %s/%s", object, field);
        }
      }
    }
    return mentions;
  }

  /** A new post or comment on the Page's feed; edits and removals are not new mentions. */
  private static MentionRequest pageFeed(JsonNode value, String pageId) {
    String item = value.path("item").asText();
    if (!"add".equals(value.path("verb").asText())
        || !(item.equals("comment") || item.equals("post") || item.equals("status"))) {
      return null;
    }
    boolean comment = item.equals("comment");
    String postId = text(value, "post_id");
    String parentId = text(value, "parent_id");
    JsonNode from = value.path("from");
    String authorId = text(from, "id");
    return new MentionRequest(
        "facebook",
        comment ? text(value, "comment_id") : postId,
        new MentionRequest.Author(authorId, handleOf(from), text(from, "name"), null, null),
        text(value, "message"),
        time(value.get("created_time")),
        comment ? (parentId != null ? parentId : postId) : null,
        postId,
        null,
        null,
        authorId != null && authorId.equals(pageId));
  }

  private static MentionRequest instagramComment(JsonNode value, String accountId) {
    JsonNode from = value.path("from");
    String authorId = text(from, "id");
    String mediaId = text(value.path("media"), "id");
    String parentId = text(value, "parent_id");
    return new MentionRequest(
        "instagram",
        text(value, "id"),
        new MentionRequest.Author(authorId, text(from, "username"), null, null, null),
        text(value, "text"),
        null,
        parentId != null ? parentId : mediaId,
        mediaId,
        null,
        null,
        authorId != null && authorId.equals(accountId));
  }

  /**
   * An @mention in someone else's comment or caption. Meta sends only ids unless the app asked for
   * fields; a mention without text cannot be classified and is skipped.
   */
  private static MentionRequest instagramMention(JsonNode value) {
    String text = text(value, "text");
    String commentId = text(value, "comment_id");
    String mediaId = text(value, "media_id");
    if (text == null) {
      LOG.debugf("Skipped an Instagram mention without text (media %s)", mediaId);
      return null;
    }
    JsonNode from = value.path("from");
    return new MentionRequest(
        "instagram",
        commentId != null ? commentId : mediaId,
        new MentionRequest.Author(text(from, "id"), text(from, "username"), null, null, null),
        text,
        null,
        null,
        mediaId,
        null,
        null,
        false);
  }

  /** Facebook feed authors have no public handle; their name stands in for it, cut to 64. */
  private static String handleOf(JsonNode from) {
    String name = text(from, "name");
    String handle = name != null ? name : text(from, "id");
    return handle != null && handle.length() > 64 ? handle.substring(0, 64) : handle;
  }

  /** Meta sends unix seconds in some fields and ISO-8601 with a +0000 offset in others. */
  private static Instant time(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return Instant.ofEpochSecond(value.asLong());
    }
    try {
      return OffsetDateTime.parse(value.asText(), META_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
