package io.careroute.ticket;

/** What happened to a ticket, as the ticket-events topic tells it. */
public enum TicketEventType {
  CREATED,
  ASSIGNED,
  QUEUED,
  RETURNED_TO_QUEUE,
  CUSTOMER_REPLIED,
  STATUS_CHANGED,
  SLA_BREACHED,
  MOVED_TO_PRIVATE,
  REPLY_SENT,
  REPLY_FAILED
}
