package io.careroute.ticket;

import java.time.Instant;

/** A ticket as queues and lists show it. */
public record TicketSummary(
    String id,
    TicketStatus status,
    Priority priority,
    String category,
    String sentiment,
    String language,
    Customer customer,
    String assigneeId,
    Instant createdAt,
    Instant updatedAt,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    boolean slaBreached,
    int messageCount) {

  /** Who the ticket is for. */
  public record Customer(String platform, String handle) {}
}
