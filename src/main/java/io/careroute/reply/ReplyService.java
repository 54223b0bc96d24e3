package io.careroute.reply;

import io.careroute.agent.Agent;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.messaging.PiiFinding;
import io.careroute.messaging.ReplyRequested;
import io.careroute.messaging.outbox.Outbox;
import io.careroute.problem.RefusedException;
import io.careroute.ticket.AuditedAction;
import io.careroute.ticket.ClockStopped;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import io.careroute.ticket.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes an agent's reply: only the assignee or a supervisor, never on a CLOSED ticket, never
 * publishing personal data, within the platform's limits, signed when public. The reply is stored
 * PENDING for delivery (the reply relay publishes it) and stops the first- and next-response
 * clocks.
 */
@ApplicationScoped
public class ReplyService {

  private final PiiDetector pii;
  private final Event<AuditedAction> audited;
  private final TicketEvents events;
  private final Event<ClockStopped> clocks;
  private final Outbox outbox;

  ReplyService(
      PiiDetector pii,
      Event<AuditedAction> audited,
      TicketEvents events,
      Event<ClockStopped> clocks,
      Outbox outbox) {
    this.pii = pii;
    this.audited = audited;
    this.events = events;
    this.clocks = clocks;
    this.outbox = outbox;
  }

  /** Stores the reply for delivery; empty when there is no such ticket. */
  @Transactional
  public Optional<ReplyAccepted> reply(
      String ticketId, NewReply reply, TicketLifecycle.Actor actor) {
    Ticket ticket = Ticket.findById(ticketId);
    if (ticket == null) {
      return Optional.empty();
    }
    if (!actor.supervisor() && !actor.id().equals(ticket.assigneeId())) {
      throw new TicketLifecycle.NotYourTicketException(
          "Only the ticket's assignee or a supervisor may reply");
    }
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new TicketLifecycle.IllegalMoveException("A CLOSED ticket takes no replies");
    }
    String text = reply.text().strip();
    if (reply.visibility() == Visibility.PUBLIC) {
      // Checked exactly as it will be published: the signature is part of the post.
      text = signed(text, actor.id());
      List<PiiFinding> findings = pii.find(text);
      if (!findings.isEmpty()) {
        throw new PersonalDataException(findings);
      }
    }
    // The reply answers the ticket's own customer, never another author in the same thread.
    Optional<TicketMessage> lastCustomer =
        TicketMessage.listForTicket(ticket.id).stream()
            .filter(m -> m.direction == Direction.INBOUND)
            .filter(m -> ticket.customerId.equals(m.authorId))
            .reduce((a, b) -> b);
    PlatformRules.refusal(
            ticket.platform,
            reply.visibility(),
            text,
            lastCustomer.map(m -> m.createdAt).orElse(null))
        .ifPresent(
            reason -> {
              throw new RefusedException(reason);
            });
    TicketMessage message =
        TicketMessage.reply(
            ticket,
            actor.id(),
            text,
            reply.visibility(),
            lastCustomer.map(m -> m.externalId).orElse(null));
    ticket.append(message);
    outbox.add(
        Outbox.REPLY,
        ticket.id,
        "REPLY_REQUESTED",
        new ReplyRequested(
            message.id,
            ticket.id,
            message.platform,
            message.visibility.name(),
            message.text,
            message.inReplyToExternalId,
            ticket.customerId,
            message.createdAt),
        null);
    ticket.respond(message.createdAt).ifPresent(clocks::fire);
    if (reply.visibility() == Visibility.PRIVATE) {
      movedToPrivate(ticket, actor, message.createdAt);
    }
    audited.fire(
        new AuditedAction(
            ticket.id,
            actor.id(),
            "REPLIED",
            null,
            Map.of("messageId", message.id, "visibility", reply.visibility().name())));
    return Optional.of(new ReplyAccepted(message.id, DeliveryStatus.PENDING));
  }

  /**
   * The first private reply takes the conversation off the public stream: a step of its own, so how
   * long public conversations take to go private can be measured.
   */
  private void movedToPrivate(Ticket ticket, TicketLifecycle.Actor actor, Instant at) {
    ticket
        .movePrivate(actor.id(), at)
        .ifPresent(
            moved -> {
              audited.fire(
                  new AuditedAction(
                      ticket.id,
                      actor.id(),
                      "MOVED_TO_PRIVATE",
                      null,
                      Map.of("at", at.toString())));
              events.record(moved);
            });
  }

  /** The text with the agent's signature (for example {@code ^JS}), if they have one. */
  private static String signed(String text, String agentId) {
    Agent agent = Agent.findById(agentId);
    return agent == null || agent.signature == null || agent.signature.isBlank()
        ? text
        : text + " " + agent.signature;
  }
}
