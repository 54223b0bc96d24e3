package io.careroute.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a pipeline stage got done, fired as a CDI event so the metrics can count it without the
 * stages knowing about them.
 */
public sealed interface StageProgress {

  /** One mention classified in {@code took}. */
  record Classified(Duration took) implements StageProgress {}

  /** A batch routed in {@code took}; each mention's receipt time gives its end-to-end latency. */
  record Routed(List<Instant> receivedAt, Duration took) implements StageProgress {}

  /**
   * A record a stage gave up on: {@code stage} is {@code classifier}, {@code routing} or unknown.
   */
  record DeadLettered(String stage) implements StageProgress {}
}
