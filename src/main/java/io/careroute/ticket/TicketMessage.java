package io.careroute.ticket;

import io.careroute.messaging.MentionAccepted;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One message on a ticket: a customer's mention, the brand's reply, or an internal note. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage extends PanacheEntityBase {

  @Id public String id;
  public String ticketId;
  public String platform;
  public String externalId;
  public String mentionId;

  @Enumerated(EnumType.STRING)
  public Direction direction;

  public String authorId;
  public String authorHandle;
  public String authorDisplayName;
  public String text;

  @Enumerated(EnumType.STRING)
  public Visibility visibility;

  public String inReplyToExternalId;
  public Instant createdAt;

  @Enumerated(EnumType.STRING)
  public DeliveryStatus deliveryStatus;

  /** When the platform took this reply. */
  public Instant deliveredAt;

  /** How many times delivery was attempted. */
  public int deliveryAttempts;

  /** The platform's reason when delivery FAILED. */
  public String deliveryError;

  /** The order in which careroute recorded messages; set by the database. */
  @Generated
  @Column(insertable = false, updatable = false)
  public Long arrival;

  /**
   * A mention on the ticket's platform thread: the customer's (INBOUND), or a brand post made
   * outside careroute (OUTBOUND, already SENT).
   */
  public static TicketMessage ofMention(
      Ticket ticket, MentionAccepted mention, Direction direction, DeliveryStatus delivery) {
    TicketMessage m = on(ticket, direction, mention.author().id(), mention.text());
    m.platform = mention.platform();
    m.externalId = mention.externalId();
    m.mentionId = mention.mentionId();
    m.authorHandle = mention.author().handle();
    m.authorDisplayName = mention.author().displayName();
    m.visibility = Visibility.PUBLIC;
    m.inReplyToExternalId = mention.inReplyToExternalId();
    m.createdAt = mention.createdAt();
    m.deliveryStatus = delivery;
    return m;
  }

  /** An agent's reply, PENDING until the delivery stage sends it. */
  public static TicketMessage reply(
      Ticket ticket, String agentId, String text, Visibility visibility, String inReplyTo) {
    TicketMessage m = on(ticket, Direction.OUTBOUND, agentId, text);
    m.visibility = visibility;
    m.inReplyToExternalId = inReplyTo;
    m.deliveryStatus = DeliveryStatus.PENDING;
    return m;
  }

  /** An internal note: private, never delivered. */
  public static TicketMessage note(Ticket ticket, String authorId, String text) {
    TicketMessage m = on(ticket, Direction.NOTE, authorId, text);
    m.visibility = Visibility.PRIVATE;
    return m;
  }

  private static TicketMessage on(
      Ticket ticket, Direction direction, String authorId, String text) {
    TicketMessage m = new TicketMessage();
    m.id = UUID.randomUUID().toString();
    m.ticketId = ticket.id;
    m.platform = ticket.platform;
    m.direction = direction;
    m.authorId = authorId;
    m.authorHandle = authorId;
    m.text = text;
    m.createdAt = Instant.now();
    return m;
  }

  /** The message with this platform id, if careroute has seen it. */
  public static Optional<TicketMessage> findByExternalId(String platform, String externalId) {
    return find("platform = ?1 and externalId = ?2", platform, externalId).firstResultOptional();
  }

  /** A ticket's messages, oldest first. */
  public static List<TicketMessage> listForTicket(String ticketId) {
    return list("ticketId = ?1 order by createdAt, arrival", ticketId);
  }
}
