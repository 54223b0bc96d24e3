package io.careroute.ingest;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The furthest stage one mention has reached; rows are only ever moved forward. */
@Entity
@Table(name = "mention_progress")
public class MentionProgress {

  @Id public String mentionId;

  @Enumerated(EnumType.STRING)
  public MentionStage stage;

  public String ticketId;

  public Instant updatedAt;
}
