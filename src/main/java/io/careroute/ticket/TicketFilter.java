package io.careroute.ticket;

import java.util.List;
import java.util.Optional;

/**
 * A ticket list's filters, already checked: statuses, assignee ({@code me}, {@code none} or an
 * agent id), categories, priorities, page size and where the page starts.
 */
public record TicketFilter(
    List<TicketStatus> statuses,
    Optional<String> assignee,
    List<String> categories,
    List<Priority> priorities,
    int limit,
    Optional<TicketCursor> after) {}
