package io.careroute.ticket;

/** How urgent a ticket is, P1 most urgent. */
public enum Priority {
  P1,
  P2,
  P3,
  P4;

  /** This priority raised by some steps, never above P1. */
  public Priority raised(int steps) {
    return values()[Math.max(0, ordinal() - steps)];
  }
}
