package io.careroute.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * A ticket event as the ticket-events topic carries it (keyed by ticket id): the feed for metrics,
 * live updates and integrations. {@code eventId} increases with each event and deduplicates.
 */
public record TicketEvent(
    long eventId,
    String type,
    String ticketId,
    String agentId,
    Instant at,
    Map<String, Object> detail) {}
