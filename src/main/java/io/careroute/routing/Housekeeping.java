package io.careroute.routing;

import io.careroute.sla.SlaWatcher;
import io.careroute.ticket.TicketLifecycle;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The scheduled sweep, every {@code careroute.sla.watch-every} (15s; {@code off} stops it on this
 * instance): marks SLA breaches, requeues the unattended tickets of absent agents, closes tickets
 * resolved long enough ago, and serves the queue with whatever room that freed.
 */
@ApplicationScoped
public class Housekeeping {

  private final SlaWatcher sla;
  private final UnattendedTickets unattended;
  private final TicketLifecycle lifecycle;
  private final QueueService queue;
  private final RoutingConfig config;

  Housekeeping(
      SlaWatcher sla,
      UnattendedTickets unattended,
      TicketLifecycle lifecycle,
      QueueService queue,
      RoutingConfig config) {
    this.sla = sla;
    this.unattended = unattended;
    this.lifecycle = lifecycle;
    this.queue = queue;
    this.config = config;
  }

  @Scheduled(
      every = "${careroute.sla.watch-every:15s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void sweep() {
    Instant now = Instant.now();
    sla.markBreaches(now);
    unattended.requeue(now);
    lifecycle.closeQuiet(now.minus(config.closeAfter()));
    queue.drain();
  }
}
