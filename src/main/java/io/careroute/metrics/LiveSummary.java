package io.careroute.metrics;

import io.careroute.live.LiveEvents;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the dashboards' figures live: while anyone watches, the summary of the last 24 hours is
 * computed again once ticket events arrived (at most every 2 seconds), or every 15 seconds so the
 * window moves on, once for all watchers of this instance.
 */
@ApplicationScoped
public class LiveSummary {

  private static final Duration STEADY = Duration.ofSeconds(15);

  private final MetricsService metrics;
  private final LiveEvents events;
  private final BroadcastProcessor<MetricsSummary> updates = BroadcastProcessor.create();
  private final AtomicBoolean changed = new AtomicBoolean(true);
  private final AtomicInteger watchers = new AtomicInteger();
  private volatile Instant last = Instant.EPOCH;

  LiveSummary(MetricsService metrics, LiveEvents events) {
    this.metrics = metrics;
    this.events = events;
  }

  void listen(@Observes StartupEvent start) {
    events.all().subscribe().with(event -> changed.set(true));
  }

  /** The current summary at once, then each new one. */
  public Multi<MetricsSummary> stream() {
    Multi<MetricsSummary> now =
        Multi.createFrom()
            .item(this::current)
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    return Multi.createBy()
        .concatenating()
        .streams(now, updates)
        .onSubscription()
        .invoke(() -> watchers.incrementAndGet())
        .onTermination()
        .invoke(() -> watchers.decrementAndGet());
  }

  @Scheduled(
      every = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refresh() {
    if (watchers.get() == 0) {
      return;
    }
    boolean due = Duration.between(last, Instant.now()).compareTo(STEADY) >= 0;
    if (changed.getAndSet(false) || due) {
      updates.onNext(current());
    }
  }

  private MetricsSummary current() {
    Instant now = Instant.now();
    last = now;
    return metrics.summary(
        new MetricsService.Window(now.minus(MetricsService.DEFAULT_WINDOW), now));
  }
}
