package io.careroute.agent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A care agent: what they can handle (skills, languages), how much (capacity in weight units) and
 * whether they are there; {@code openWeight} is changed only by conditional SQL updates.
 */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

  @Id public String id;
  public String handle;
  public String displayName;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] skills;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] languages;

  public int capacity;
  public String signature;

  @Enumerated(EnumType.STRING)
  public Presence presence;

  public Instant presenceChangedAt;
  public int openWeight;
  public Instant lastAssignedAt;
  public Instant createdAt;
}
