package io.careroute.routing;

import io.careroute.ingest.IngestMetrics;
import io.careroute.ingest.IngestService;
import io.careroute.ingest.MentionProgressService;
import io.careroute.ingest.MentionStage;
import io.careroute.messaging.Classification;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.sla.SlaPolicy;
import io.careroute.ticket.ClockStopped;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketEvent;
import io.careroute.ticket.TicketEvents;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  private final Event<ClockStopped> clocks;

  RoutingService(
      TicketThreading threading,
      PriorityPolicy priorities,
      SlaPolicy sla,
      AssignmentService assignment,
      TicketEvents events,
      RoutingConfig config,
      MentionProgressService progress,
      IngestMetrics metrics,
      Event<ClockStopped> clocks) {
    this.clocks = clocks;
    this.threading = threading;
    this.priorities = priorities;
    this.sla = sla;
    this.assignment = assignment;
    this.events = events;
    this.config = config;
    this.progress = progress;
    this.metrics = metrics;
  }

  /**
   * Routes a batch of mentions, in order, in one transaction. After each mention its changes are
   * written and the persistence context emptied: every query would otherwise dirty-check every
   * entity the batch had loaded so far, which makes a batch's cost grow with its square.
   */
  @Transactional
  public void routeAll(List<MentionClassified> batch) {
    var entities = Ticket.getEntityManager();
    for (MentionClassified classified : batch) {
      route(classified);
      entities.flush();
      entities.clear();
    }
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
    long earlier =
        Ticket.count(
            "platform = ?1 and customerId = ?2 and createdAt > ?3",
            mention.platform(),
            mention.author().id(),
            mention.createdAt().minus(config.priority().repeatWindow()));
    PriorityPolicy.Decision priority = priorities.decide(classification, mention.author(), earlier);
    Instant createdAt = mention.createdAt();
    Ticket.Opened opened =
        Ticket.open(
            new Ticket.Opening(
                mention.platform(),
                mention.author().id(),
                mention.author().handle(),
                mention.conversationId(),
                createdAt,
                classification,
                priority.priority(),
                priority.reasons(),
                linkTo.orElse(null),
                sla.firstResponseDue(priority.priority(), createdAt),
                sla.resolutionDue(priority.priority(), createdAt),
                assignment.weightOf(priority.priority())));
    opened.ticket().persist();
    events.record(opened.event());
    return opened.ticket();
  }

  /** A customer wrote again on a ticket they already have. */
  private void customerReplied(Ticket ticket, MentionAccepted mention) {
    Optional<TicketEvent.StatusChanged> moved =
        ticket.customerWrote(sla.resolutionDue(ticket.priority(), mention.createdAt()));
    moved.ifPresent(events::record);
    moved
        .filter(changed -> changed.from() == TicketStatus.RESOLVED)
        .ifPresent(
            reopened ->
                offerTo(
                    ticket,
                    Optional.ofNullable(reopened.agentId()),
                    List.of("reopened by the customer")));
    events.record(
        ticket.customerReplied(sla.nextResponseDue(ticket.priority(), mention.createdAt())));
  }

  /** A brand reply made outside careroute still answers the customer and stops the clocks. */
  private void recordResponse(Ticket ticket, Instant at) {
    ticket.respond(at).ifPresent(clocks::fire);
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

  private void addMessage(
      Ticket ticket, MentionAccepted mention, Direction direction, DeliveryStatus delivery) {
    ticket.append(TicketMessage.ofMention(ticket, mention, direction, delivery));
  }
}
