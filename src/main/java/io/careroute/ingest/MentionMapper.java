package io.careroute.ingest;

import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.MentionAccepted;
import java.time.Instant;

/** Maps a validated request to the Kafka payload; the request type never travels further. */
final class MentionMapper {

  private MentionMapper() {}

  static MentionAccepted toAccepted(MentionRequest request, Instant receivedAt) {
    MentionRequest.Author author = request.author();
    return new MentionAccepted(
        MentionIds.of(request.platform(), request.externalId()),
        request.platform(),
        request.externalId(),
        new AuthorPayload(
            author.id(),
            author.handle(),
            author.displayName(),
            author.followers(),
            author.verified()),
        request.text(),
        request.createdAt() != null ? request.createdAt() : receivedAt,
        receivedAt,
        request.inReplyToExternalId(),
        request.conversationId(),
        request.url(),
        request.lang(),
        Boolean.TRUE.equals(request.authoredByBrand()));
  }
}
