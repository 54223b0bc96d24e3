package io.careroute.ticket;

/** The life-cycle states of a ticket, as the contract names them. */
public enum TicketStatus {
  NEW,
  QUEUED,
  ASSIGNED,
  PENDING_CUSTOMER,
  RESOLVED,
  CLOSED
}
