package io.careroute.routing;

import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionClassified;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The routing stage: its own consumer group reads classified mentions and threads each into a
 * ticket; the offset is committed only after the transaction did.
 */
@ApplicationScoped
public class RoutingStage {

  private final RoutingService routing;

  RoutingStage(RoutingService routing) {
    this.routing = routing;
  }

  @Incoming(Channels.ROUTING_IN)
  @Blocking
  void route(MentionClassified classified) {
    routing.route(classified);
  }
}
