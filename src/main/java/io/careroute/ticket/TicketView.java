package io.careroute.ticket;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.careroute.messaging.PiiFinding;
import java.time.Instant;
import java.util.List;

/**
 * One ticket in full: its summary fields, its version (also its ETag, for If-Match), why it has its
 * priority, its clocks, its classification and its messages, oldest first.
 */
public record TicketView(
    @JsonUnwrapped TicketSummary summary,
    long version,
    List<String> priorityReasons,
    String linkedTicketId,
    Instant assignedAt,
    Instant firstResponseAt,
    Instant nextResponseDueAt,
    Instant resolvedAt,
    Instant movedToPrivateAt,
    ClassificationView classification,
    List<MessageView> messages) {

  /** Why the ticket was classified as it was. */
  public record ClassificationView(
      String category,
      double confidence,
      String sentiment,
      double sentimentScore,
      String language,
      List<PiiFinding> pii,
      boolean spam,
      List<String> urgencySignals,
      String explanation,
      String modelVersion) {}

  /** One message on the ticket. */
  public record MessageView(
      String id,
      Direction direction,
      String externalId,
      Author author,
      String text,
      Visibility visibility,
      Instant createdAt,
      DeliveryStatus deliveryStatus,
      String deliveryError) {}

  /** Who wrote a message. */
  public record Author(String id, String handle, String displayName) {}
}
