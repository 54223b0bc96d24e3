package io.careroute.routing;

import io.careroute.ingest.IngestMetrics;
import io.careroute.ingest.IngestService;
import io.careroute.ingest.MentionProgressService;
import io.careroute.ingest.MentionStage;
import io.careroute.messaging.Classification;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import io.careroute.ticket.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns a classified mention into a message on a ticket, exactly once: the message's unique
 * (platform, externalId) is the processed-event key, checked and written in one transaction.
 */
@ApplicationScoped
public class RoutingService {

  private static final Logger LOG = Logger.getLogger(RoutingService.class);

  private final TicketThreading threading;
  private final MentionProgressService progress;
  private final IngestMetrics metrics;

  RoutingService(
      TicketThreading threading, MentionProgressService progress, IngestMetrics metrics) {
    this.threading = threading;
    this.progress = progress;
    this.metrics = metrics;
  }

  /** Threads the mention into a ticket; a redelivered mention changes nothing. */
  @Transactional
  public Optional<String> route(MentionClassified classified) {
    MentionAccepted mention = classified.mention();
    Optional<TicketMessage> seen =
        TicketMessage.findByExternalId(mention.platform(), mention.externalId());
    if (seen.isPresent()) {
      LOG.debugf("Mention %s already routed; redelivery ignored", mention.mentionId());
      metrics.duplicate(IngestService.platformTag(mention.platform()));
      progress.advance(mention.mentionId(), MentionStage.ROUTED, seen.get().ticketId);
      return Optional.of(seen.get().ticketId);
    }
    Optional<Ticket> existing = threading.ticketFor(mention);
    Ticket ticket;
    if (mention.authoredByBrand()) {
      if (existing.isEmpty()) {
        LOG.debugf("Brand post %s answers no known thread; no ticket", mention.mentionId());
        progress.advance(mention.mentionId(), MentionStage.ROUTED, null);
        return Optional.empty();
      }
      ticket = existing.get();
      addMessage(ticket, mention, Direction.OUTBOUND, DeliveryStatus.SENT);
    } else {
      ticket = existing.orElseGet(() -> openTicket(mention, classified.classification()));
      if (ticket.status == TicketStatus.RESOLVED) {
        ticket.status = ticket.assigneeId != null ? TicketStatus.ASSIGNED : TicketStatus.QUEUED;
      } else if (ticket.status == TicketStatus.PENDING_CUSTOMER) {
        ticket.status = TicketStatus.ASSIGNED;
      }
      addMessage(ticket, mention, Direction.INBOUND, null);
    }
    progress.advance(mention.mentionId(), MentionStage.ROUTED, ticket.id);
    return Optional.of(ticket.id);
  }

  private Ticket openTicket(MentionAccepted mention, Classification classification) {
    Ticket ticket = new Ticket();
    ticket.id = UUID.randomUUID().toString();
    ticket.platform = mention.platform();
    ticket.customerId = mention.author().id();
    ticket.customerHandle = mention.author().handle();
    ticket.conversationId = mention.conversationId();
    ticket.status = TicketStatus.NEW;
    ticket.priority = PriorityPolicy.priorityOf(classification);
    ticket.category = classification.category();
    ticket.sentiment = classification.sentiment();
    ticket.language = classification.language();
    ticket.confidence = classification.confidence();
    ticket.spam = classification.spam();
    ticket.pii = classification.pii() != null ? classification.pii() : List.of();
    ticket.explanation = truncate(classification.explanation(), 1024);
    ticket.sentimentScore = classification.sentimentScore();
    ticket.urgencySignals =
        classification.urgencySignals() != null ? classification.urgencySignals() : List.of();
    ticket.modelVersion = truncate(classification.modelVersion(), 128);
    ticket.createdAt = mention.createdAt();
    ticket.updatedAt = mention.createdAt();
    ticket.persist();
    return ticket;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private void addMessage(
      Ticket ticket, MentionAccepted mention, Direction direction, DeliveryStatus delivery) {
    TicketMessage message = new TicketMessage();
    message.id = UUID.randomUUID().toString();
    message.ticketId = ticket.id;
    message.platform = mention.platform();
    message.externalId = mention.externalId();
    message.mentionId = mention.mentionId();
    message.direction = direction;
    message.authorId = mention.author().id();
    message.authorHandle = mention.author().handle();
    message.authorDisplayName = mention.author().displayName();
    message.text = mention.text();
    message.visibility = Visibility.PUBLIC;
    message.inReplyToExternalId = mention.inReplyToExternalId();
    message.createdAt = mention.createdAt();
    message.deliveryStatus = delivery;
    message.persist();
    ticket.messageCount++;
    Instant now = Instant.now();
    ticket.updatedAt = now.isAfter(ticket.updatedAt) ? now : ticket.updatedAt;
  }
}
