package io.careroute.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One agent or supervisor action on a ticket; the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String ticketId;
  public String actorId;
  public String action;
  public Instant at;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> before;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> after;
}
