package io.careroute.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ticket event type goes to JSON and back unchanged, named by its {@code type}. */
class TicketEventTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final Instant AT = Instant.parse("2026-12-01T09:30:00.123456Z");

  /** One event of each type, with every field set. */
  static Stream<TicketEvent> oneOfEach() {
    TicketStatus s = TicketStatus.ASSIGNED;
    Priority p = Priority.P2;
    return Stream.of(
        new TicketEvent.Created(11, "t-1", null, AT, TicketStatus.NEW, p, "FAULT", "t-0"),
        new TicketEvent.Assigned(12, "t-1", "ann", AT, s, p, "FAULT", "sue"),
        new TicketEvent.Queued(13, "t-1", null, AT, TicketStatus.QUEUED, p, "FAULT"),
        new TicketEvent.ReturnedToQueue(14, "t-1", "ann", AT, TicketStatus.QUEUED, p, "FAULT"),
        new TicketEvent.CustomerReplied(15, "t-1", "ann", AT, s, p, "FAULT"),
        new TicketEvent.StatusChanged(
            16, "t-1", "ann", AT, TicketStatus.RESOLVED, p, "FAULT", s, "fixed"),
        new TicketEvent.SlaBreached(
            17, "t-1", "ann", AT, s, Priority.P1, "FAULT", "FIRST_RESPONSE", p),
        new TicketEvent.MovedToPrivate(18, "t-1", "ann", AT, s, p, "FAULT"),
        new TicketEvent.ReplySent(19, "t-1", "ann", AT, s, p, "FAULT", "m-1", "x-99"),
        new TicketEvent.ReplyFailed(20, "t-1", "ann", AT, s, p, "FAULT", "m-2", "403 duplicate"));
  }

  @ParameterizedTest
  @MethodSource("oneOfEach")
  void an_event_reads_back_equal_from_its_json(TicketEvent event) throws Exception {
    String json = JSON.writerFor(TicketEvent.class).writeValueAsString(event);

    assertThat(JSON.readValue(json, TicketEvent.class)).isEqualTo(event);
    assertThat(JSON.readTree(json).path("type").asText()).isEqualTo(event.type());
  }

  @ParameterizedTest
  @MethodSource("oneOfEach")
  void an_event_written_as_its_own_class_still_carries_its_type(TicketEvent event)
      throws Exception {
    // The outbox writes each event through its runtime class.
    String json = JSON.writeValueAsString(JSON.valueToTree(event));

    assertThat(JSON.readValue(json, TicketEvent.class)).isEqualTo(event);
  }

  @Test
  void every_event_type_has_a_sample_above() {
    List<Class<?>> sampled = oneOfEach().<Class<?>>map(Object::getClass).toList();

    assertThat(sampled)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.asList(TicketEvent.class.getPermittedSubclasses()));
  }

  @Test
  void a_status_change_reads_as_the_topic_table_documents_it() throws Exception {
    String json =
        "{\"type\":\"STATUS_CHANGED\",\"eventId\":7,\"ticketId\":\"t-9\",\"agentId\":null,"
            + "\"at\":\"2026-12-01T09:30:00Z\",\"status\":\"CLOSED\",\"priority\":\"P3\","
            + "\"category\":\"BILLING\",\"from\":\"RESOLVED\",\"reason\":\"quiet\"}";

    assertThat(JSON.readValue(json, TicketEvent.class))
        .isEqualTo(
            new TicketEvent.StatusChanged(
                7,
                "t-9",
                null,
                Instant.parse("2026-12-01T09:30:00Z"),
                TicketStatus.CLOSED,
                Priority.P3,
                "BILLING",
                TicketStatus.RESOLVED,
                "quiet"));
  }
}
