package io.careroute.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The outbox row of a ticket event: written in the transaction that caused it, so an event exists
 * exactly when its change does, and relayed to Kafka afterwards.
 */
@Entity
@Table(name = "ticket_event")
public class TicketEventEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String ticketId;

  @Enumerated(EnumType.STRING)
  public TicketEventType type;

  public String agentId;
  public Instant at;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> detail;

  public Instant publishedAt;
}
