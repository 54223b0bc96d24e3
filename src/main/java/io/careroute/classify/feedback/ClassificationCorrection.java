package io.careroute.classify.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's correction of a ticket's category: a labelled example for the next training. */
@Entity
@Table(name = "classification_correction")
public class ClassificationCorrection extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String ticketId;
  public String text;
  public String predicted;
  public String corrected;
  public String agentId;
  public String modelVersion;
  public Instant at;
}
