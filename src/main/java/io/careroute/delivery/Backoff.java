package io.careroute.delivery;

import java.time.Duration;
import java.util.Optional;

/** The wait before a delivery attempt: doubling from the initial backoff, capped by the maximum. */
final class Backoff {

  private Backoff() {}

  /**
   * The wait before attempt {@code attempt} (2 for the first retry); a platform's Retry-After wins
   * when longer, and neither exceeds the maximum.
   */
  static Duration before(int attempt, DeliveryConfig config, Optional<Duration> retryAfter) {
    Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 2, 20));
    if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
      wait = retryAfter.get();
    }
    return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
  }
}
