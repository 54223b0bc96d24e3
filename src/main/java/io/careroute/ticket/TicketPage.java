package io.careroute.ticket;

import java.util.List;

/** One page of a ticket list and the cursor of the next page, null on the last. */
public record TicketPage(List<TicketSummary> items, String nextCursor) {}
