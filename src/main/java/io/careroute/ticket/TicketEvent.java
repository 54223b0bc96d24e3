package io.careroute.ticket;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;

/**
 * What happened to a ticket, one record per kind: the schema of the {@code careroute.ticket.events}
 * topic (keyed by ticket id), told by the {@code type} discriminator. Every event carries the
 * ticket's status, priority and category after it. {@code eventId} is the outbox row's id, unique
 * per event: the consumers' de-duplication key. The {@link Ticket} aggregate returns these events
 * unnumbered; {@link TicketEvents} numbers them when it records them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(TicketEvent.Created.class),
  @JsonSubTypes.Type(TicketEvent.Assigned.class),
  @JsonSubTypes.Type(TicketEvent.Queued.class),
  @JsonSubTypes.Type(TicketEvent.ReturnedToQueue.class),
  @JsonSubTypes.Type(TicketEvent.CustomerReplied.class),
  @JsonSubTypes.Type(TicketEvent.StatusChanged.class),
  @JsonSubTypes.Type(TicketEvent.SlaBreached.class),
  @JsonSubTypes.Type(TicketEvent.MovedToPrivate.class),
  @JsonSubTypes.Type(TicketEvent.ReplySent.class),
  @JsonSubTypes.Type(TicketEvent.ReplyFailed.class)
})
public sealed interface TicketEvent {

  /** The {@code eventId} of an event not recorded yet. */
  long UNNUMBERED = 0;

  long eventId();

  String ticketId();

  /** The agent the event is about or by (the assignee, the replier), if any. */
  String agentId();

  Instant at();

  TicketStatus status();

  Priority priority();

  String category();

  /** The discriminator on the wire, for example {@code CREATED}. */
  default String type() {
    return getClass().getAnnotation(JsonTypeName.class).value();
  }

  /** A customer's first mention opened the ticket; {@code linkedTicketId} names a related one. */
  @JsonTypeName("CREATED")
  record Created(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category,
      String linkedTicketId)
      implements TicketEvent {}

  /** An agent took the ticket: routing chose them, or {@code by} (a person) assigned it. */
  @JsonTypeName("ASSIGNED")
  record Assigned(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category,
      String by)
      implements TicketEvent {}

  /** No eligible agent had room: the ticket waits in the queue. */
  @JsonTypeName("QUEUED")
  record Queued(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category)
      implements TicketEvent {}

  /** Its agent ({@code agentId}) was away too long before answering: back in the queue. */
  @JsonTypeName("RETURNED_TO_QUEUE")
  record ReturnedToQueue(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category)
      implements TicketEvent {}

  /** The customer wrote again on the ticket. */
  @JsonTypeName("CUSTOMER_REPLIED")
  record CustomerReplied(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category)
      implements TicketEvent {}

  /**
   * The ticket moved {@code from} a status to {@code status}, for {@code reason} if one was given.
   */
  @JsonTypeName("STATUS_CHANGED")
  record StatusChanged(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category,
      TicketStatus from,
      String reason)
      implements TicketEvent {}

  /**
   * A deadline passed ({@code clock}: FIRST_RESPONSE, NEXT_RESPONSE or RESOLUTION); the priority
   * rose from {@code priorityBefore}.
   */
  @JsonTypeName("SLA_BREACHED")
  record SlaBreached(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category,
      String clock,
      Priority priorityBefore)
      implements TicketEvent {}

  /** The first private reply took the conversation off the public stream. */
  @JsonTypeName("MOVED_TO_PRIVATE")
  record MovedToPrivate(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category)
      implements TicketEvent {}

  /** The platform took reply {@code messageId}, as its post {@code externalId}. */
  @JsonTypeName("REPLY_SENT")
  record ReplySent(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category,
      String messageId,
      String externalId)
      implements TicketEvent {}

  /** The platform refused reply {@code messageId} for {@code reason}. */
  @JsonTypeName("REPLY_FAILED")
  record ReplyFailed(
      long eventId,
      String ticketId,
      String agentId,
      Instant at,
      TicketStatus status,
      Priority priority,
      String category,
      String messageId,
      String reason)
      implements TicketEvent {}
}
