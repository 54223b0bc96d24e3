package io.careroute.ticket;

import java.util.Map;

/**
 * A person's action on a ticket, with only what it changed before and after: fired as a CDI event
 * inside the action's transaction, and written to the audit trail by its observer in the same one.
 */
public record AuditedAction(
    String ticketId,
    String actorId,
    String action,
    Map<String, Object> before,
    Map<String, Object> after) {}
