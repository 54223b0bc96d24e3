package io.careroute.ingest;

import io.careroute.problem.BodyRefused;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * The ingest counters on /q/metrics: mentions accepted, duplicate, rejected (by reason) and
 * unavailable per platform, and the time from receipt to Kafka's acknowledgement.
 */
@ApplicationScoped
public class IngestMetrics {

  static final String MENTIONS = "careroute.ingest.mentions";
  static final String KAFKA_LATENCY = "careroute.ingest.kafka.latency";

  private final MeterRegistry registry;

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void accepted(String platform, int count, Duration latency) {
    registry
        .counter(MENTIONS, "platform", platform, "outcome", "accepted", "reason", "")
        .increment(count);
    Timer.builder(KAFKA_LATENCY)
        .tag("platform", platform)
        .publishPercentiles(0.5, 0.99)
        .register(registry)
        .record(latency);
  }

  public void duplicate(String platform) {
    registry
        .counter(MENTIONS, "platform", platform, "outcome", "duplicate", "reason", "")
        .increment();
  }

  /** A mention body that was not JSON counts as rejected, malformed. */
  void malformed(@Observes BodyRefused refused) {
    if (refused.path().startsWith("/api/v1/mentions")) {
      rejected("unknown", "malformed", 1);
    }
  }

  public void rejected(String platform, String reason, int count) {
    registry
        .counter(MENTIONS, "platform", platform, "outcome", "rejected", "reason", reason)
        .increment(count);
  }

  public void unavailable(String platform, int count) {
    registry
        .counter(MENTIONS, "platform", platform, "outcome", "unavailable", "reason", "")
        .increment(count);
  }
}
