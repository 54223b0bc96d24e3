package io.careroute.metrics;

import io.careroute.ticket.ClockStopped;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;

/**
 * Histograms of first-response and resolution times on /q/metrics, by priority, from the clocks the
 * ticket module reports stopped, once the transaction that stopped them committed (a rolled-back
 * reply counts nothing).
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

  TicketTimes(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records a stopped clock once the transaction that stopped it committed. */
  void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClockStopped stopped) {
    boolean first = stopped.clock() == ClockStopped.Clock.FIRST_RESPONSE;
    Timer.builder(first ? FIRST_RESPONSE : RESOLUTION)
        .description(
            first
                ? "From a ticket's first customer message to its first response"
                : "From a ticket's first customer message to its resolution")
        .tag("priority", stopped.priority().name())
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(stopped.took());
  }
}
