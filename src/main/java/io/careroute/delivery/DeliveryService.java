package io.careroute.delivery;

import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps the books of delivery: whether a reply still waits to be sent (a redelivered record finds
 * it SENT or FAILED and leaves it), and how its delivery ended, told to its author as an event.
 */
@ApplicationScoped
public class DeliveryService {

  private static final Logger LOG = Logger.getLogger(DeliveryService.class);

  private final TicketEvents events;

  DeliveryService(TicketEvents events) {
    this.events = events;
  }

  /** Whether the reply exists and has not been delivered or given up on yet. */
  @Transactional
  public boolean awaitsDelivery(String messageId) {
    TicketMessage message = TicketMessage.findById(messageId);
    return message != null && message.deliveryStatus == DeliveryStatus.PENDING;
  }

  /**
   * Records the outcome: SENT with the platform's id of the new post (so the customer's answer to
   * it threads back into the ticket), or FAILED with the platform's reason.
   */
  @Transactional
  public void record(String messageId, DeliveryOutcome outcome) {
    TicketMessage message = TicketMessage.findById(messageId);
    if (message == null || message.deliveryStatus != DeliveryStatus.PENDING) {
      return;
    }
    Ticket ticket = Ticket.findById(message.ticketId);
    message.deliveryAttempts += outcome.attempts();
    if (outcome.sent()) {
      if (outcome.platformId() != null) {
        forgetEcho(ticket, message.platform, outcome.platformId());
        message.externalId = outcome.platformId();
      }
      message.deliveryStatus = DeliveryStatus.SENT;
      message.deliveredAt = Instant.now();
      events.record(ticket.replySent(message.id, outcome.platformId(), message.authorId));
    } else {
      message.deliveryStatus = DeliveryStatus.FAILED;
      message.deliveryError = outcome.reason();
      events.record(ticket.replyFailed(message.id, outcome.reason(), message.authorId));
      LOG.warnf("Reply %s on ticket %s FAILED: %s", message.id, ticket.id, outcome.reason());
    }
  }

  /**
   * A platform may report the brand's own post back (X's webhook does) before careroute records it
   * as sent; that copy is the same post, so it gives way to the reply itself.
   */
  private static void forgetEcho(Ticket ticket, String platform, String platformId) {
    TicketMessage.findByExternalId(platform, platformId)
        .ifPresent(
            echo -> {
              Ticket echoTicket =
                  echo.ticketId.equals(ticket.id) ? ticket : Ticket.findById(echo.ticketId);
              echoTicket.forget(echo);
              TicketMessage.flush();
            });
  }
}
