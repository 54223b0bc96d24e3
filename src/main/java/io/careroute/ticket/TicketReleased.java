package io.careroute.ticket;

/**
 * Fired (as a CDI event, inside the transaction) when an assigned ticket stops needing its agent,
 * so routing frees the agent's capacity and, after the commit, serves the queue.
 */
public record TicketReleased(String ticketId, String agentId, int weight) {}
