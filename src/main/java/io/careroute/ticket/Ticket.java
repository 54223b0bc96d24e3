package io.careroute.ticket;

import io.careroute.messaging.Classification;
import io.careroute.messaging.PiiFinding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One customer conversation tracked to resolution: the aggregate that owns its status, assignee,
 * priority and clocks. They change only through its methods, which check the rules and return the
 * event they caused; the caller records that event ({@link TicketEvents}). Who the customer is and
 * how the first mention was classified are set once, when the ticket opens. Never serialized
 * directly (see TicketView).
 */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

  /** Stands in for a missing first-response deadline where tickets are ordered: last. */
  public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

  /** What opens a ticket: the customer's first mention, how it was classified, its deadlines. */
  public record Opening(
      String platform,
      String customerId,
      String customerHandle,
      String conversationId,
      Instant createdAt,
      Classification classification,
      Priority priority,
      List<String> priorityReasons,
      String linkedTicketId,
      Instant firstResponseDueAt,
      Instant resolutionDueAt,
      int weight) {}

  /** A ticket just opened, and the event that tells it. */
  public record Opened(Ticket ticket, TicketEvent.Created event) {}

  @Id public String id;
  public String platform;
  public String customerId;
  public String customerHandle;
  public String conversationId;
  public String sentiment;
  public String language;
  public double confidence;
  public boolean spam;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<PiiFinding> pii;

  public String explanation;
  public double sentimentScore;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> urgencySignals;

  public String modelVersion;
  public String linkedTicketId;
  public Instant createdAt;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> priorityReasons;

  @Enumerated(EnumType.STRING)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  private String category;
  private String assigneeId;
  private Instant updatedAt;
  private Instant firstResponseDueAt;
  private Instant resolutionDueAt;
  private boolean slaBreached;
  private int messageCount;
  private int weight;
  private Instant assignedAt;
  private Instant firstResponseAt;
  private Instant nextResponseDueAt;
  private Instant resolvedAt;

  /** When the first private reply moved this conversation off the public stream. */
  private Instant movedPrivateAt;

  @Version private long version;

  /** Opens a NEW ticket for a customer's first mention; the caller persists it. */
  public static Opened open(Opening o) {
    Classification c = o.classification();
    Ticket t = new Ticket();
    t.id = UUID.randomUUID().toString();
    t.platform = o.platform();
    t.customerId = o.customerId();
    t.customerHandle = o.customerHandle();
    t.conversationId = o.conversationId();
    t.status = TicketStatus.NEW;
    t.priority = o.priority();
    t.priorityReasons = o.priorityReasons();
    t.category = c.category();
    t.sentiment = c.sentiment();
    t.language = c.language();
    t.confidence = c.confidence();
    t.spam = c.spam();
    t.pii = c.pii() != null ? c.pii() : List.of();
    t.explanation = truncate(c.explanation(), 1024);
    t.sentimentScore = c.sentimentScore();
    t.urgencySignals = c.urgencySignals() != null ? c.urgencySignals() : List.of();
    t.modelVersion = truncate(c.modelVersion(), 512);
    t.linkedTicketId = o.linkedTicketId();
    t.createdAt = o.createdAt();
    t.updatedAt = o.createdAt();
    t.firstResponseDueAt = o.firstResponseDueAt();
    t.resolutionDueAt = o.resolutionDueAt();
    t.weight = o.weight();
    return new Opened(
        t,
        new TicketEvent.Created(
            TicketEvent.UNNUMBERED,
            t.id,
            null,
            Instant.now(),
            t.status,
            t.priority,
            t.category,
            t.linkedTicketId));
  }

  // --- what the ticket is now ------------------------------------------------------------------

  public TicketStatus status() {
    return status;
  }

  public Priority priority() {
    return priority;
  }

  public String category() {
    return category;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant firstResponseDueAt() {
    return firstResponseDueAt;
  }

  public Instant resolutionDueAt() {
    return resolutionDueAt;
  }

  public boolean slaBreached() {
    return slaBreached;
  }

  public int messageCount() {
    return messageCount;
  }

  /** The capacity units this ticket holds on its agent. */
  public int weight() {
    return weight;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public Instant firstResponseAt() {
    return firstResponseAt;
  }

  public Instant nextResponseDueAt() {
    return nextResponseDueAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant movedPrivateAt() {
    return movedPrivateAt;
  }

  public long version() {
    return version;
  }

  /** Nobody has it and it waits to be routed: what any agent may see and take. */
  public boolean unassignedAndOpen() {
    return assigneeId == null && (status == TicketStatus.NEW || status == TicketStatus.QUEUED);
  }

  /**
   * The one visibility rule: supervisors see every ticket, an agent their own and the unassigned
   * queue ({@link TicketListing} states the same rule in SQL).
   */
  public boolean visibleTo(String readerId, boolean supervisor) {
    return supervisor || readerId.equals(assigneeId) || unassignedAndOpen();
  }

  /** The ticket holds an agent's capacity: assigned, or waiting for the customer. */
  public boolean holdsCapacity() {
    return assigneeId != null
        && (status == TicketStatus.ASSIGNED || status == TicketStatus.PENDING_CUSTOMER);
  }

  // --- what happens to it ----------------------------------------------------------------------

  /** Adds a message to the conversation (stored with the ticket). */
  public void append(TicketMessage message) {
    message.persist();
    messageCount++;
    touch(Instant.now());
  }

  /** Removes a copy of a post the ticket already holds (a platform's echo of its own reply). */
  public void forget(TicketMessage echo) {
    echo.delete();
    messageCount--;
  }

  /**
   * {@code agentId} takes the ticket, holding {@code weight} units of their capacity; {@code by}
   * names the person who assigned it, null when routing did. A ticket waiting for its customer
   * stays PENDING_CUSTOMER with its new agent.
   */
  public TicketEvent.Assigned assignTo(String agentId, int weight, Instant at, String by) {
    if (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED) {
      throw new TicketLifecycle.IllegalMoveException("A " + status + " ticket cannot be assigned");
    }
    assigneeId = agentId;
    assignedAt = at;
    this.weight = weight;
    if (status != TicketStatus.PENDING_CUSTOMER) {
      status = TicketStatus.ASSIGNED;
    }
    touch(at);
    return new TicketEvent.Assigned(
        TicketEvent.UNNUMBERED, id, agentId, at, status, priority, category, by);
  }

  /** No agent could take it: it waits in the queue; empty when it already did. */
  public Optional<TicketEvent.Queued> queue(Instant at) {
    if (status == TicketStatus.QUEUED) {
      return Optional.empty();
    }
    if (status != TicketStatus.NEW) {
      throw new TicketLifecycle.IllegalMoveException("A " + status + " ticket cannot be queued");
    }
    status = TicketStatus.QUEUED;
    return Optional.of(
        new TicketEvent.Queued(TicketEvent.UNNUMBERED, id, null, at, status, priority, category));
  }

  /**
   * Its agent went away before answering: back to the queue. The caller frees the agent's capacity
   * first; the event names the agent who had it.
   */
  public TicketEvent.ReturnedToQueue requeue(Instant at) {
    if (status != TicketStatus.ASSIGNED) {
      throw new TicketLifecycle.IllegalMoveException(
          "A " + status + " ticket cannot go back to the queue");
    }
    String agent = assigneeId;
    assigneeId = null;
    assignedAt = null;
    status = TicketStatus.QUEUED;
    touch(at);
    return new TicketEvent.ReturnedToQueue(
        TicketEvent.UNNUMBERED, id, agent, at, status, priority, category);
  }

  /**
   * An agent or supervisor moves the ticket as the status machine allows ({@link StatusPolicy});
   * anything else is refused (409).
   */
  public TicketEvent.StatusChanged moveTo(
      TicketStatus to, String reason, String actorId, Instant at) {
    refuseUnless(to);
    return switch (to) {
      case PENDING_CUSTOMER -> pend(actorId, at);
      case RESOLVED -> resolve(reason, actorId, at);
      case CLOSED -> close(reason, actorId, at);
      default -> changed(to, reason, actorId, at);
    };
  }

  /** The agent waits for the customer's answer. */
  public TicketEvent.StatusChanged pend(String actorId, Instant at) {
    refuseUnless(TicketStatus.PENDING_CUSTOMER);
    return changed(TicketStatus.PENDING_CUSTOMER, null, actorId, at);
  }

  /** Nothing more to do: RESOLVED, and the resolution clock stops. */
  public TicketEvent.StatusChanged resolve(String reason, String actorId, Instant at) {
    refuseUnless(TicketStatus.RESOLVED);
    resolvedAt = at;
    return changed(TicketStatus.RESOLVED, reason, actorId, at);
  }

  /** Final: CLOSED, for {@code reason} (for example {@code quiet}: resolved and nothing since). */
  public TicketEvent.StatusChanged close(String reason, String actorId, Instant at) {
    refuseUnless(TicketStatus.CLOSED);
    return changed(TicketStatus.CLOSED, reason, actorId, at);
  }

  /**
   * The customer wrote again: a RESOLVED ticket reopens as NEW (without its agent, a new resolution
   * deadline), a PENDING_CUSTOMER one goes back to its agent; empty when the status stays. A
   * reopened ticket's event names the agent who had it.
   */
  public Optional<TicketEvent.StatusChanged> customerWrote(Instant resolutionDueIfReopened) {
    TicketStatus from = status;
    if (from == TicketStatus.RESOLVED) {
      String previous = assigneeId;
      assigneeId = null;
      resolvedAt = null;
      resolutionDueAt = resolutionDueIfReopened;
      status = TicketStatus.NEW;
      return Optional.of(event(from, null, previous, Instant.now()));
    }
    if (from == TicketStatus.PENDING_CUSTOMER) {
      status = TicketStatus.ASSIGNED;
      return Optional.of(event(from, null, assigneeId, Instant.now()));
    }
    return Optional.empty();
  }

  /**
   * Tells that the customer's message is on the ticket; once answered before, the next-response
   * clock starts ({@code nextResponseDue}).
   */
  public TicketEvent.CustomerReplied customerReplied(Instant nextResponseDue) {
    if (firstResponseAt != null && nextResponseDueAt == null) {
      nextResponseDueAt = nextResponseDue;
    }
    return new TicketEvent.CustomerReplied(
        TicketEvent.UNNUMBERED, id, assigneeId, Instant.now(), status, priority, category);
  }

  /**
   * The brand answered at {@code at}: the next-response clock stops, and the first response is
   * recorded once; returns the first-response clock it stopped, if this was the first.
   */
  public Optional<ClockStopped> respond(Instant at) {
    nextResponseDueAt = null;
    if (firstResponseAt != null) {
      return Optional.empty();
    }
    firstResponseAt = at;
    return Optional.of(clock(ClockStopped.Clock.FIRST_RESPONSE, at));
  }

  /** The resolution clock, from the customer's first message; empty if not resolved. */
  public Optional<ClockStopped> resolutionClock() {
    return Optional.ofNullable(resolvedAt).map(at -> clock(ClockStopped.Clock.RESOLUTION, at));
  }

  private ClockStopped clock(ClockStopped.Clock clock, Instant stoppedAt) {
    Duration took = Duration.between(createdAt, stoppedAt);
    return new ClockStopped(clock, priority, took.isNegative() ? Duration.ZERO : took);
  }

  /** The first private reply took the conversation private; empty when it already was. */
  public Optional<TicketEvent.MovedToPrivate> movePrivate(String actorId, Instant at) {
    if (movedPrivateAt != null) {
      return Optional.empty();
    }
    movedPrivateAt = at;
    return Optional.of(
        new TicketEvent.MovedToPrivate(
            TicketEvent.UNNUMBERED, id, actorId, at, status, priority, category));
  }

  /** The platform took reply {@code messageId}, as its post {@code externalId}. */
  public TicketEvent.ReplySent replySent(String messageId, String externalId, String authorId) {
    return new TicketEvent.ReplySent(
        TicketEvent.UNNUMBERED,
        id,
        authorId,
        Instant.now(),
        status,
        priority,
        category,
        messageId,
        externalId);
  }

  /** The platform refused reply {@code messageId}. */
  public TicketEvent.ReplyFailed replyFailed(String messageId, String reason, String authorId) {
    return new TicketEvent.ReplyFailed(
        TicketEvent.UNNUMBERED,
        id,
        authorId,
        Instant.now(),
        status,
        priority,
        category,
        messageId,
        reason);
  }

  /**
   * A deadline passed ({@code clock}): the ticket is marked breached, once, and its priority rises
   * one step.
   */
  public TicketEvent.SlaBreached breach(String clock, Instant at) {
    if (slaBreached) {
      throw new TicketLifecycle.IllegalMoveException("The ticket's SLA is already breached");
    }
    slaBreached = true;
    Priority before = raisePriority(1);
    touch(at);
    return new TicketEvent.SlaBreached(
        TicketEvent.UNNUMBERED, id, assigneeId, at, status, priority, category, clock, before);
  }

  /** Raises the priority by some steps, never above P1; returns the priority before. */
  public Priority raisePriority(int steps) {
    Priority before = priority;
    priority = before.raised(steps);
    return before;
  }

  /** An agent's correction of the category. */
  public void correctCategory(String corrected, Instant at) {
    category = corrected;
    touch(at);
  }

  /** Throws the status machine's refusal (409) unless it allows the move to {@code to}. */
  private void refuseUnless(TicketStatus to) {
    StatusPolicy.refusal(status, to)
        .ifPresent(
            refusal -> {
              throw new TicketLifecycle.IllegalMoveException(refusal);
            });
  }

  private TicketEvent.StatusChanged changed(
      TicketStatus to, String reason, String actorId, Instant at) {
    TicketStatus from = status;
    status = to;
    touch(at);
    return event(from, reason, actorId, at);
  }

  private TicketEvent.StatusChanged event(
      TicketStatus from, String reason, String agentId, Instant at) {
    return new TicketEvent.StatusChanged(
        TicketEvent.UNNUMBERED, id, agentId, at, status, priority, category, from, reason);
  }

  private void touch(Instant at) {
    if (updatedAt == null || at.isAfter(updatedAt)) {
      updatedAt = at;
    }
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** The newest ticket of this platform thread, if careroute has one. */
  public static Optional<Ticket> findByConversation(String platform, String conversationId) {
    return find(
            "platform = ?1 and conversationId = ?2 order by createdAt desc",
            platform,
            conversationId)
        .firstResultOptional();
  }

  /** This customer's newest ticket of this platform thread, if careroute has one. */
  public static Optional<Ticket> findByConversationAndCustomer(
      String platform, String conversationId, String customerId) {
    return find(
            "platform = ?1 and conversationId = ?2 and customerId = ?3 order by createdAt desc",
            platform,
            conversationId,
            customerId)
        .firstResultOptional();
  }

  /** The customer's newest ticket on this platform, if any. */
  public static Optional<Ticket> findLatestForCustomer(String platform, String customerId) {
    return find("platform = ?1 and customerId = ?2 order by createdAt desc", platform, customerId)
        .firstResultOptional();
  }
}
