package io.careroute.messaging.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes events to the outbox in the caller's transaction; {@link OutboxRelay} publishes them. The
 * only way careroute's services send to Kafka after a database change.
 */
@ApplicationScoped
public class Outbox {

  /** The aggregate type of ticket events (topic careroute.ticket.events). */
  public static final String TICKET = "ticket";

  /** The aggregate type of replies to deliver (topic careroute.replies.outbound). */
  public static final String REPLY = "reply";

  private final ObjectMapper mapper;

  Outbox(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Adds an event; {@code idField}, if not null, names the payload field that takes the row's id (a
   * ticket event's {@code eventId}). Returns the row's id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long add(
      String aggregateType, String aggregateId, String type, Object payload, String idField) {
    OutboxEntry entry = new OutboxEntry();
    entry.aggregateType = aggregateType;
    entry.aggregateId = aggregateId;
    entry.type = type;
    entry.createdAt = Instant.now();
    entry.payload = "{}";
    entry.persist(); // the sequence numbers the row here, before the insert is flushed
    JsonNode json = mapper.valueToTree(payload);
    if (idField != null && json instanceof ObjectNode object) {
      object.put(idField, entry.id);
    }
    entry.payload = json.toString();
    return entry.id;
  }
}
