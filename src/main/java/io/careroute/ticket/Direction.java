package io.careroute.ticket;

/** Who a ticket message came from: the customer, the brand, or an internal note. */
public enum Direction {
  INBOUND,
  OUTBOUND,
  NOTE
}
