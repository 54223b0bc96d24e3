package io.careroute.ticket;

import io.careroute.messaging.PiiFinding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One customer conversation tracked to resolution; never serialized directly (see TicketView). */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

  /** Stands in for a missing first-response deadline where tickets are ordered: last. */
  public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

  @Id public String id;
  public String platform;
  public String customerId;
  public String customerHandle;
  public String conversationId;

  @Enumerated(EnumType.STRING)
  public TicketStatus status;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  public String category;
  public String sentiment;
  public String language;
  public double confidence;
  public boolean spam;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<PiiFinding> pii;

  public String explanation;
  public double sentimentScore;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> urgencySignals;

  public String modelVersion;
  public String assigneeId;
  public Instant createdAt;
  public Instant updatedAt;
  public Instant firstResponseDueAt;
  public Instant resolutionDueAt;
  public boolean slaBreached;
  public int messageCount;
  public int weight;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> priorityReasons;

  public String linkedTicketId;
  public Instant assignedAt;
  public Instant firstResponseAt;
  public Instant nextResponseDueAt;
  public Instant resolvedAt;

  /** When the first private reply moved this conversation off the public stream. */
  public Instant movedPrivateAt;

  @Version public long version;

  /** The newest ticket of this platform thread, if careroute has one. */
  public static Optional<Ticket> findByConversation(String platform, String conversationId) {
    return find(
            "platform = ?1 and conversationId = ?2 order by createdAt desc",
            platform,
            conversationId)
        .firstResultOptional();
  }

  /** This customer's newest ticket of this platform thread, if careroute has one. */
  public static Optional<Ticket> findByConversationAndCustomer(
      String platform, String conversationId, String customerId) {
    return find(
            "platform = ?1 and conversationId = ?2 and customerId = ?3 order by createdAt desc",
            platform,
            conversationId,
            customerId)
        .firstResultOptional();
  }

  /** The customer's newest ticket on this platform, if any. */
  public static Optional<Ticket> findLatestForCustomer(String platform, String customerId) {
    return find("platform = ?1 and customerId = ?2 order by createdAt desc", platform, customerId)
        .firstResultOptional();
  }
}
