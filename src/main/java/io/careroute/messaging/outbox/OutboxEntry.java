package io.careroute.messaging.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One outbox row: an event about one aggregate (a ticket, a reply), written in the transaction of
 * the change it tells, so the event exists exactly when the change does.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_id")
  @SequenceGenerator(name = "outbox_id", sequenceName = "outbox_id_seq", allocationSize = 50)
  public Long id;

  /** What the event is about ({@code ticket}, {@code reply}); it picks the topic. */
  public String aggregateType;

  /** Which one: the Kafka key, so one aggregate's events stay in order on one partition. */
  public String aggregateId;

  /** The event's kind, for example {@code STATUS_CHANGED}. */
  public String type;

  /** The record value exactly as the topic carries it (JSON text, byte for byte). */
  public String payload;

  public Instant createdAt;

  /** Until when a relay holds this row to send it; another relay takes it after that. */
  public Instant claimedUntil;

  /** When Kafka acknowledged it; null until then. */
  public Instant publishedAt;
}
