package io.careroute.routing;

import io.careroute.messaging.MentionAccepted;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds the ticket a mention belongs to, in the contract's order: the ticket of the message it
 * answers, then the ticket of its platform thread, then the same customer's latest ticket. A ticket
 * belongs to one customer: another author's mention in a customer's thread never joins that ticket
 * (so no reply meant for the customer can reach them); it joins its author's own ticket in the
 * thread, or opens one linked to the customer's. A CLOSED ticket, or one RESOLVED longer ago than
 * the reopen window, is not rejoined by a customer: the mention opens a new ticket linked to it.
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
    Optional<Ticket> thread = byRepliedMessage(mention).or(() -> byConversation(mention));
    if (mention.authoredByBrand()) {
      return thread.map(Match::join).orElseGet(() -> Match.newTicket(Optional.empty()));
    }
    Optional<String> othersThread = Optional.empty();
    if (thread.isPresent() && !ownedBy(thread.get(), mention)) {
      // A ticket belongs to one customer: a bystander in the thread gets a ticket of their own.
      othersThread = Optional.of(thread.get().id);
      thread =
          mention.conversationId() == null
              ? Optional.empty()
              : Ticket.findByConversationAndCustomer(
                  mention.platform(), mention.conversationId(), mention.author().id());
    }
    Optional<Ticket> found =
        thread.or(() -> Ticket.findLatestForCustomer(mention.platform(), mention.author().id()));
    if (found.isEmpty() || found.get().status() == TicketStatus.CLOSED && thread.isEmpty()) {
      return Match.newTicket(othersThread);
    }
    Ticket ticket = found.get();
    if (rejoinable(ticket, mention)) {
      return Match.join(ticket);
    }
    return Match.newTicket(Optional.of(ticket.id));
  }

  private static boolean ownedBy(Ticket ticket, MentionAccepted mention) {
    return ticket.customerId.equals(mention.author().id());
  }

  private static Optional<Ticket> byConversation(MentionAccepted mention) {
    return mention.conversationId() == null
        ? Optional.empty()
        : Ticket.findByConversation(mention.platform(), mention.conversationId());
  }

  private boolean rejoinable(Ticket ticket, MentionAccepted mention) {
    return switch (ticket.status()) {
      case CLOSED -> false;
      case RESOLVED ->
          ticket.resolvedAt() == null
              || !mention.createdAt().isAfter(ticket.resolvedAt().plus(config.reopenWindow()));
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
