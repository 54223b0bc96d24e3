package io.careroute.ticket;

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

  /** When the reply relay published this reply for delivery; null until then. */
  public Instant dispatchedAt;

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

  /** The message with this platform id, if careroute has seen it. */
  public static Optional<TicketMessage> findByExternalId(String platform, String externalId) {
    return find("platform = ?1 and externalId = ?2", platform, externalId).firstResultOptional();
  }

  /** A ticket's messages, oldest first. */
  public static List<TicketMessage> listForTicket(String ticketId) {
    return list("ticketId = ?1 order by createdAt, arrival", ticketId);
  }
}
