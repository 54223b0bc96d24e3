package io.careroute.ticket;

/** How urgent a ticket is, P1 most urgent. */
public enum Priority {
  P1,
  P2,
  P3,
  P4
}
