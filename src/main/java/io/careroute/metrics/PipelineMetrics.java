package io.careroute.metrics;

import io.careroute.messaging.StageProgress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline's throughput and latency on /q/metrics, as docs/metrics.md names them: what the
 * classifier and routing stages handled, how long they took, how long a mention took from receipt
 * to its ticket, and what was dead-lettered, from the progress the stages announce.
 */
@ApplicationScoped
public class PipelineMetrics {

  static final String CLASSIFIED = "careroute.classifier.duration";
  static final String ROUTING_BATCH = "careroute.routing.batch.duration";
  static final String ROUTED = "careroute.routing.mentions";
  static final String END_TO_END = "careroute.pipeline.latency";
  static final String DEAD_LETTERS = "careroute.dead.letters";

  private final MeterRegistry registry;
  private final Timer classified;
  private final Timer routingBatch;
  private final Timer endToEnd;
  private final Counter routed;

  PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.classified =
        Timer.builder(CLASSIFIED)
            .description("Time to classify one mention")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    this.routingBatch =
        Timer.builder(ROUTING_BATCH)
            .description("Time to route one batch of classified mentions, in one transaction")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    this.endToEnd =
        Timer.builder(END_TO_END)
            .description("From ingest's receipt of a mention to its routing commit")
            .publishPercentiles(0.5, 0.9, 0.99)
            .register(registry);
    // Every series exists from the start at 0, so rates and increases see the first one.
    this.routed = Counter.builder(ROUTED).tag("outcome", "routed").register(registry);
    List.of("classifier", "routing", "unknown").forEach(this::deadLetterCounter);
  }

  void classified(@Observes StageProgress.Classified progress) {
    classified.record(progress.took());
  }

  void routed(@Observes StageProgress.Routed progress) {
    routingBatch.record(progress.took());
    routed.increment(progress.receivedAt().size());
    Instant now = Instant.now();
    for (Instant received : progress.receivedAt()) {
      if (received != null && !received.isAfter(now)) {
        endToEnd.record(Duration.between(received, now));
      }
    }
  }

  void deadLettered(@Observes StageProgress.DeadLettered progress) {
    deadLetterCounter(progress.stage()).increment();
  }

  private Counter deadLetterCounter(String stage) {
    return Counter.builder(DEAD_LETTERS)
        .description("Records sent to a dead-letter topic, by the stage that gave up")
        .tag("stage", stage)
        .register(registry);
  }
}
