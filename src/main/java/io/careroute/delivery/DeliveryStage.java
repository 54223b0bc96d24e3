package io.careroute.delivery;

import io.careroute.messaging.Channels;
import io.careroute.messaging.ReplyRequested;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Sends agents' replies to the platforms as the outbound topic brings them, one after another per
 * ticket, and records how each ended. A redelivered reply that was already sent or failed is left
 * alone, so Kafka's redelivery never posts twice.
 */
@ApplicationScoped
public class DeliveryStage {

  private static final Logger LOG = Logger.getLogger(DeliveryStage.class);

  private final DeliveryService deliveries;
  private final PlatformSender sender;

  DeliveryStage(DeliveryService deliveries, PlatformSender sender) {
    this.deliveries = deliveries;
    this.sender = sender;
  }

  @Incoming(Channels.DELIVERY_IN)
  @Blocking
  public void deliver(ReplyRequested reply) {
    if (!deliveries.awaitsDelivery(reply.messageId())) {
      LOG.debugf("Reply %s was already delivered or given up on", reply.messageId());
      return;
    }
    deliveries.record(reply.messageId(), sender.deliver(reply));
  }
}
