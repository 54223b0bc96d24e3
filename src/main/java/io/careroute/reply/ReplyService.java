package io.careroute.reply;

import io.careroute.agent.Agent;
import io.careroute.audit.AuditTrail;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.messaging.PiiFinding;
import io.careroute.metrics.TicketTimes;
import io.careroute.problem.RefusedException;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEventType;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import io.careroute.ticket.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes an agent's reply: only the assignee or a supervisor, never on a CLOSED ticket, never
 * publishing personal data, within the platform's limits, signed when public. The reply is stored
 * PENDING for delivery (the reply relay publishes it) and stops the first- and next-response
 * clocks.
 */
@ApplicationScoped
public class ReplyService {

  private final PiiDetector pii;
  private final AuditTrail audit;
  private final TicketEvents events;
  private final TicketTimes times;

  ReplyService(PiiDetector pii, AuditTrail audit, TicketEvents events, TicketTimes times) {
    this.pii = pii;
    this.audit = audit;
    this.events = events;
    this.times = times;
  }

  /** Stores the reply for delivery; empty when there is no such ticket. */
  @Transactional
  public Optional<ReplyAccepted> reply(
      String ticketId, NewReply reply, TicketLifecycle.Actor actor) {
    Ticket ticket = Ticket.findById(ticketId);
    if (ticket == null) {
      return Optional.empty();
    }
    if (!actor.supervisor() && !actor.id().equals(ticket.assigneeId)) {
      throw new TicketLifecycle.NotYourTicketException(
          "Only the ticket's assignee or a supervisor may reply");
    }
    if (ticket.status == TicketStatus.CLOSED) {
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
    TicketMessage message = new TicketMessage();
    message.id = UUID.randomUUID().toString();
    message.ticketId = ticket.id;
    message.platform = ticket.platform;
    message.direction = Direction.OUTBOUND;
    message.authorId = actor.id();
    message.authorHandle = actor.id();
    message.text = text;
    message.visibility = reply.visibility();
    message.inReplyToExternalId = lastCustomer.map(m -> m.externalId).orElse(null);
    message.createdAt = Instant.now();
    message.deliveryStatus = DeliveryStatus.PENDING;
    message.persist();
    ticket.messageCount++;
    ticket.updatedAt = message.createdAt;
    if (ticket.firstResponseAt == null) {
      ticket.firstResponseAt = message.createdAt;
      times.firstResponse(ticket.priority.name(), ticket.createdAt, message.createdAt);
    }
    ticket.nextResponseDueAt = null;
    if (reply.visibility() == Visibility.PRIVATE && ticket.movedPrivateAt == null) {
      movedToPrivate(ticket, actor, message.createdAt);
    }
    audit.record(
        ticket.id,
        actor.id(),
        "REPLIED",
        null,
        Map.of("messageId", message.id, "visibility", reply.visibility().name()));
    return Optional.of(new ReplyAccepted(message.id, DeliveryStatus.PENDING));
  }

  /**
   * The first private reply takes the conversation off the public stream: a step of its own, so how
   * long public conversations take to go private can be measured.
   */
  private void movedToPrivate(Ticket ticket, TicketLifecycle.Actor actor, Instant at) {
    ticket.movedPrivateAt = at;
    audit.record(ticket.id, actor.id(), "MOVED_TO_PRIVATE", null, Map.of("at", at.toString()));
    events.record(ticket, TicketEventType.MOVED_TO_PRIVATE, actor.id());
  }

  /** The text with the agent's signature (for example {@code ^JS}), if they have one. */
  private static String signed(String text, String agentId) {
    Agent agent = Agent.findById(agentId);
    return agent == null || agent.signature == null || agent.signature.isBlank()
        ? text
        : text + " " + agent.signature;
  }
}
