package io.careroute.routing;

import io.careroute.messaging.MentionAccepted;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds the ticket a mention belongs to, in the contract's order: the ticket of the message it
 * answers, then the ticket of its platform thread, then the same customer's open ticket.
 */
@ApplicationScoped
public class TicketThreading {

  /** The existing ticket this mention joins, or empty when it should open a new one. */
  public Optional<Ticket> ticketFor(MentionAccepted mention) {
    Optional<Ticket> byReply = byRepliedMessage(mention);
    if (byReply.isPresent()) {
      return byReply;
    }
    if (mention.conversationId() != null) {
      Optional<Ticket> byThread =
          Ticket.findByConversation(mention.platform(), mention.conversationId())
              .filter(t -> t.status != TicketStatus.CLOSED);
      if (byThread.isPresent()) {
        return byThread;
      }
    }
    if (mention.authoredByBrand()) {
      return Optional.empty();
    }
    return Ticket.findOpenForCustomer(mention.platform(), mention.author().id());
  }

  private Optional<Ticket> byRepliedMessage(MentionAccepted mention) {
    if (mention.inReplyToExternalId() == null) {
      return Optional.empty();
    }
    return TicketMessage.findByExternalId(mention.platform(), mention.inReplyToExternalId())
        .flatMap(message -> Ticket.<Ticket>findByIdOptional(message.ticketId))
        .filter(t -> t.status != TicketStatus.CLOSED);
  }
}
