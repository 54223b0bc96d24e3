package io.careroute.messaging;

import java.time.Instant;

/**
 * A mention that ingest accepted and Kafka acknowledged: the payload of the accepted-mentions
 * topic. Distinct from any entity so the wire format can evolve on its own.
 */
public record MentionAccepted(
    String mentionId,
    String platform,
    String externalId,
    AuthorPayload author,
    String text,
    Instant createdAt,
    Instant receivedAt,
    String inReplyToExternalId,
    String conversationId,
    String url,
    String lang,
    boolean authoredByBrand) {

  /** The record key: one customer's messages on one platform stay in order on one partition. */
  public String conversationKey() {
    return platform + ":" + author.id();
  }
}
