package io.careroute.ticket;

import java.util.List;

/** Maps ticket entities to the views the API returns; entities never leave the service layer. */
final class TicketMapper {

  private TicketMapper() {}

  static TicketSummary toSummary(Ticket t) {
    return new TicketSummary(
        t.id,
        t.status(),
        t.priority(),
        t.category(),
        t.sentiment,
        t.language,
        new TicketSummary.Customer(t.platform, t.customerHandle),
        t.assigneeId(),
        t.createdAt,
        t.updatedAt(),
        t.firstResponseDueAt(),
        t.resolutionDueAt(),
        t.slaBreached(),
        t.messageCount());
  }

  static TicketView toView(Ticket t, List<TicketMessage> messages) {
    return new TicketView(
        toSummary(t),
        t.version(),
        t.priorityReasons,
        t.linkedTicketId,
        t.assignedAt(),
        t.firstResponseAt(),
        t.nextResponseDueAt(),
        t.resolvedAt(),
        t.movedPrivateAt(),
        new TicketView.ClassificationView(
            t.category(),
            t.confidence,
            t.sentiment,
            t.sentimentScore,
            t.language,
            t.pii,
            t.spam,
            t.urgencySignals,
            t.explanation,
            t.modelVersion),
        messages.stream().map(TicketMapper::toView).toList());
  }

  static TicketView.MessageView toView(TicketMessage m) {
    return new TicketView.MessageView(
        m.id,
        m.direction,
        m.externalId,
        new TicketView.Author(m.authorId, m.authorHandle, m.authorDisplayName),
        m.text,
        m.visibility,
        m.createdAt,
        m.deliveryStatus,
        m.deliveryError);
  }
}
