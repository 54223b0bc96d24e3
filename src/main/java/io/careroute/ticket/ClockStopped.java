package io.careroute.ticket;

import java.time.Duration;

/**
 * A ticket's clock stopped: its first response, or its resolution, {@code took} this long from the
 * customer's first message. Fired as a CDI event in the transaction that stopped it; the metrics
 * observe it once that transaction committed.
 */
public record ClockStopped(Clock clock, Priority priority, Duration took) {

  /** Which clock. */
  public enum Clock {
    FIRST_RESPONSE,
    RESOLUTION
  }
}
