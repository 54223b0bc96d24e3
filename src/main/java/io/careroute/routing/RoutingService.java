package io.careroute.routing;

import io.careroute.ingest.IngestMetrics;
import io.careroute.ingest.IngestService;
import io.careroute.ingest.MentionProgressService;
import io.careroute.ingest.MentionStage;
import io.careroute.messaging.Classification;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.metrics.TicketTimes;
import io.careroute.sla.SlaPolicy;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEventType;
import io.careroute.ticket.TicketEvents;
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
import org.jboss.logging.Logger;

/**
 * Turns a classified mention into a message on a ticket, exactly once (the message's unique
 * (platform, externalId) is the processed-event key, checked and written in one transaction), and
 * routes a new or reopened ticket: priority, SLA deadlines, then an agent or the queue.
 */
@ApplicationScoped
public class RoutingService {

  private static final Logger LOG = Logger.getLogger(RoutingService.class);

  private final TicketThreading threading;
  private final PriorityPolicy priorities;
  private final SlaPolicy sla;
  private final AssignmentService assignment;
  private final TicketEvents events;
  private final RoutingConfig config;
  private final MentionProgressService progress;
  private final IngestMetrics metrics;

  private final TicketTimes times;

  RoutingService(
      TicketThreading threading,
      PriorityPolicy priorities,
      SlaPolicy sla,
      AssignmentService assignment,
      TicketEvents events,
      RoutingConfig config,
      MentionProgressService progress,
      IngestMetrics metrics,
      TicketTimes times) {
    this.times = times;
    this.threading = threading;
    this.priorities = priorities;
    this.sla = sla;
    this.assignment = assignment;
    this.events = events;
    this.config = config;
    this.progress = progress;
    this.metrics = metrics;
  }

  /** Routes a batch of mentions, in order, in one transaction. */
  @Transactional
  public void routeAll(List<MentionClassified> batch) {
    batch.forEach(this::route);
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
    TicketThreading.Match match = threading.match(mention);
    Ticket ticket;
    if (mention.authoredByBrand()) {
      if (match.join().isEmpty()) {
        LOG.debugf("Brand post %s answers no known thread; no ticket", mention.mentionId());
        progress.advance(mention.mentionId(), MentionStage.ROUTED, null);
        return Optional.empty();
      }
      ticket = match.join().get();
      addMessage(ticket, mention, Direction.OUTBOUND, DeliveryStatus.SENT);
      recordResponse(ticket, mention.createdAt());
    } else if (match.join().isPresent()) {
      ticket = match.join().get();
      addMessage(ticket, mention, Direction.INBOUND, null);
      customerReplied(ticket, mention);
    } else {
      ticket = openTicket(mention, classified.classification(), match.linkTo());
      addMessage(ticket, mention, Direction.INBOUND, null);
      offer(ticket, mention, ticket.priorityReasons);
    }
    progress.advance(mention.mentionId(), MentionStage.ROUTED, ticket.id);
    return Optional.of(ticket.id);
  }

  /** Every routing decision about the ticket, oldest first; empty if there is no such ticket. */
  @Transactional
  public Optional<List<RoutingDecisionView>> decisions(String ticketId) {
    if (Ticket.findById(ticketId) == null) {
      return Optional.empty();
    }
    return Optional.of(
        RoutingDecision.forTicket(ticketId).stream().map(RoutingDecisionView::of).toList());
  }

  private Ticket openTicket(
      MentionAccepted mention, Classification classification, Optional<String> linkTo) {
    Ticket ticket = new Ticket();
    ticket.id = UUID.randomUUID().toString();
    ticket.platform = mention.platform();
    ticket.customerId = mention.author().id();
    ticket.customerHandle = mention.author().handle();
    ticket.conversationId = mention.conversationId();
    ticket.status = TicketStatus.NEW;
    long earlier =
        Ticket.count(
            "platform = ?1 and customerId = ?2 and createdAt > ?3",
            mention.platform(),
            mention.author().id(),
            mention.createdAt().minus(config.priority().repeatWindow()));
    PriorityPolicy.Decision priority = priorities.decide(classification, mention.author(), earlier);
    ticket.priority = priority.priority();
    ticket.priorityReasons = priority.reasons();
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
    ticket.modelVersion = truncate(classification.modelVersion(), 512);
    ticket.linkedTicketId = linkTo.orElse(null);
    ticket.createdAt = mention.createdAt();
    ticket.updatedAt = mention.createdAt();
    ticket.firstResponseDueAt = sla.firstResponseDue(ticket.priority, ticket.createdAt);
    ticket.resolutionDueAt = sla.resolutionDue(ticket.priority, ticket.createdAt);
    ticket.weight = assignment.weightOf(ticket);
    ticket.persist();
    events.record(
        ticket,
        TicketEventType.CREATED,
        null,
        linkTo.<Map<String, ?>>map(id -> Map.of("linkedTicketId", id)).orElse(Map.of()));
    return ticket;
  }

  /** A customer wrote again on a ticket they already have. */
  private void customerReplied(Ticket ticket, MentionAccepted mention) {
    TicketStatus before = ticket.status;
    if (before == TicketStatus.RESOLVED) {
      String previous = ticket.assigneeId;
      ticket.assigneeId = null;
      ticket.resolvedAt = null;
      ticket.status = TicketStatus.NEW;
      ticket.resolutionDueAt = sla.resolutionDue(ticket.priority, mention.createdAt());
      events.record(
          ticket, TicketEventType.STATUS_CHANGED, previous, Map.of("from", before.name()));
      offerTo(ticket, Optional.ofNullable(previous), List.of("reopened by the customer"));
    } else if (before == TicketStatus.PENDING_CUSTOMER) {
      ticket.status = TicketStatus.ASSIGNED;
      events.record(
          ticket, TicketEventType.STATUS_CHANGED, ticket.assigneeId, Map.of("from", before.name()));
    }
    if (ticket.firstResponseAt != null && ticket.nextResponseDueAt == null) {
      ticket.nextResponseDueAt = sla.nextResponseDue(ticket.priority, mention.createdAt());
    }
    events.record(ticket, TicketEventType.CUSTOMER_REPLIED, ticket.assigneeId);
  }

  /** A brand reply made outside careroute still answers the customer and stops the clocks. */
  private void recordResponse(Ticket ticket, Instant at) {
    if (ticket.firstResponseAt == null) {
      ticket.firstResponseAt = at;
      times.firstResponse(ticket.priority.name(), ticket.createdAt, at);
    }
    ticket.nextResponseDueAt = null;
  }

  private void offer(Ticket ticket, MentionAccepted mention, List<String> reasons) {
    Optional<String> sticky =
        Ticket.getEntityManager()
            .createQuery(
                "select t.assigneeId from Ticket t where t.platform = ?1 and t.customerId = ?2"
                    + " and t.assigneeId is not null and t.assignedAt > ?3"
                    + " order by t.assignedAt desc",
                String.class)
            .setParameter(1, mention.platform())
            .setParameter(2, mention.author().id())
            .setParameter(3, Instant.now().minus(config.stickyWindow()))
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    offerTo(ticket, sticky, reasons);
  }

  private void offerTo(Ticket ticket, Optional<String> preferred, List<String> reasons) {
    assignment.assign(ticket, preferred, reasons, true);
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
