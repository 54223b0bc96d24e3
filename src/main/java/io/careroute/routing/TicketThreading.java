package io.careroute.routing;

import io.careroute.messaging.MentionAccepted;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds the ticket a mention belongs to, in the contract's order: the ticket of the message it
 * answers, then the ticket of its platform thread, then the same customer's latest ticket. A CLOSED
 * ticket, or one RESOLVED longer ago than the reopen window, is not rejoined by a customer: the
 * mention opens a new ticket linked to it.
 */
@ApplicationScoped
public class TicketThreading {

  /** Where a mention goes: an existing ticket to join, or a new one, perhaps linked to an old. */
  public record Match(Optional<Ticket> join, Optional<String> linkTo) {

    static Match join(Ticket ticket) {
      return new Match(Optional.of(ticket), Optional.empty());
    }

    static Match newTicket(Optional<String> linkTo) {
      return new Match(Optional.empty(), linkTo);
    }
  }

  private final RoutingConfig config;

  TicketThreading(RoutingConfig config) {
    this.config = config;
  }

  /** The ticket this mention joins, or a new ticket (linked to the one it would have joined). */
  public Match match(MentionAccepted mention) {
    Optional<Ticket> found = byRepliedMessage(mention);
    if (found.isEmpty() && mention.conversationId() != null) {
      found = Ticket.findByConversation(mention.platform(), mention.conversationId());
    }
    if (found.isEmpty() && !mention.authoredByBrand()) {
      found = Ticket.findLatestForCustomer(mention.platform(), mention.author().id());
      if (found.isPresent() && found.get().status == TicketStatus.CLOSED) {
        return Match.newTicket(Optional.empty());
      }
    }
    if (found.isEmpty()) {
      return Match.newTicket(Optional.empty());
    }
    Ticket ticket = found.get();
    if (mention.authoredByBrand() || rejoinable(ticket, mention)) {
      return Match.join(ticket);
    }
    return Match.newTicket(Optional.of(ticket.id));
  }

  private boolean rejoinable(Ticket ticket, MentionAccepted mention) {
    return switch (ticket.status) {
      case CLOSED -> false;
      case RESOLVED ->
          ticket.resolvedAt == null
              || !mention.createdAt().isAfter(ticket.resolvedAt.plus(config.reopenWindow()));
      default -> true;
    };
  }

  private Optional<Ticket> byRepliedMessage(MentionAccepted mention) {
    if (mention.inReplyToExternalId() == null) {
      return Optional.empty();
    }
    return TicketMessage.findByExternalId(mention.platform(), mention.inReplyToExternalId())
        .flatMap(message -> Ticket.<Ticket>findByIdOptional(message.ticketId));
  }
}
