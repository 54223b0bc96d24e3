package io.careroute.ingest;

import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.MentionAccepted;
import java.time.Duration;
import java.time.Instant;

/**
 * Maps a validated request to the Kafka payload; the request type never travels further. The
 * platform's {@code createdAt} is kept within {@code [receivedAt - maxAge, receivedAt]}: a post
 * from the future is taken as just received, and a very old one as {@code maxAge} old, so a
 * backdated or replayed mention cannot be born SLA-breached by years.
 */
final class MentionMapper {

  private MentionMapper() {}

  static MentionAccepted toAccepted(MentionRequest request, Instant receivedAt, Duration maxAge) {
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
        clamped(request.createdAt(), receivedAt, maxAge),
        receivedAt,
        request.inReplyToExternalId(),
        request.conversationId(),
        request.url(),
        request.lang(),
        Boolean.TRUE.equals(request.authoredByBrand()));
  }

  /** The instant within the window around receipt that is nearest to the platform's own. */
  static Instant clamped(Instant createdAt, Instant receivedAt, Duration maxAge) {
    if (createdAt == null || createdAt.isAfter(receivedAt)) {
      return receivedAt;
    }
    Instant earliest = receivedAt.minus(maxAge);
    return createdAt.isBefore(earliest) ? earliest : createdAt;
  }
}
