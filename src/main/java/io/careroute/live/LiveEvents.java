package io.careroute.live;

import io.careroute.messaging.Channels;
import io.careroute.ticket.TicketEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Fans the ticket-events topic out to the agents connected to this instance. Every instance reads
 * the whole topic in a consumer group of its own, so an agent gets their events whichever instance
 * their connection landed on.
 */
@ApplicationScoped
public class LiveEvents {

  private final BroadcastProcessor<TicketEvent> events = BroadcastProcessor.create();

  @Incoming(Channels.LIVE_EVENTS_IN)
  void receive(TicketEvent event) {
    if (event != null) {
      events.onNext(event);
    }
  }

  /** Every ticket event from now, whichever ticket it is about. */
  public Multi<TicketEvent> all() {
    return events;
  }

  /** The events about this agent's tickets (assigned, customer replied, SLA breached…) from now. */
  public Multi<TicketEvent> forAgent(String agentId) {
    return events.filter(e -> agentId.equals(e.agentId()));
  }
}
