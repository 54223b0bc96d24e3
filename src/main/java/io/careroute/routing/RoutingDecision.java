package io.careroute.routing;

import io.careroute.ticket.Priority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One routing decision about a ticket, kept so supervisors can see why it went where it went. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String ticketId;
  public Instant at;

  @Enumerated(EnumType.STRING)
  public RoutingOutcome outcome;

  public String agentId;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> reasons;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Candidate> candidates;

  /** A ticket's decisions, oldest first. */
  public static List<RoutingDecision> forTicket(String ticketId) {
    return list("ticketId = ?1 order by id", ticketId);
  }
}
