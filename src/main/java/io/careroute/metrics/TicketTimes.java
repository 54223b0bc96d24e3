package io.careroute.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;

/**
 * Histograms of first-response and resolution times on /q/metrics, by priority, recorded once the
 * transaction that stopped the clock has committed (a rolled-back reply counts nothing).
 */
@ApplicationScoped
public class TicketTimes {

  static final String FIRST_RESPONSE = "careroute.ticket.first.response";
  static final String RESOLUTION = "careroute.ticket.resolution";

  private static final Duration[] BUCKETS = {
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofMinutes(30),
    Duration.ofHours(1),
    Duration.ofHours(2),
    Duration.ofHours(4),
    Duration.ofHours(8),
    Duration.ofHours(24),
    Duration.ofHours(72)
  };

  private final MeterRegistry registry;
  private final TransactionSynchronizationRegistry transactions;

  TicketTimes(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
    this.registry = registry;
    this.transactions = transactions;
  }

  /**
   * A ticket of this priority, created at {@code createdAt}, got its first response at {@code at}.
   */
  public void firstResponse(String priority, Instant createdAt, Instant at) {
    afterCommit(
        FIRST_RESPONSE,
        "From a ticket's first customer message to its first response",
        priority,
        createdAt,
        at);
  }

  /** A ticket of this priority, created at {@code createdAt}, was resolved at {@code at}. */
  public void resolved(String priority, Instant createdAt, Instant at) {
    afterCommit(
        RESOLUTION,
        "From a ticket's first customer message to its resolution",
        priority,
        createdAt,
        at);
  }

  private void afterCommit(
      String name, String description, String priority, Instant createdAt, Instant at) {
    Duration took = Duration.between(createdAt, at);
    Duration elapsed = took.isNegative() ? Duration.ZERO : took;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              Timer.builder(name)
                  .description(description)
                  .tag("priority", priority)
                  .serviceLevelObjectives(BUCKETS)
                  .register(registry)
                  .record(elapsed);
            }
          }
        });
  }
}
