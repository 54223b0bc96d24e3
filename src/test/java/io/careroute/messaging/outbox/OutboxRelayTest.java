package io.careroute.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RealInfrastructure;
import io.careroute.ticket.Priority;
import io.careroute.ticket.TicketEvent;
import io.careroute.ticket.TicketStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class OutboxRelayTest {

  @Inject Outbox outbox;
  @Inject OutboxRelay relay;

  @Test
  void a_relay_waiting_for_a_stopped_broker_holds_no_lock_and_publishes_once_it_is_back()
      throws Exception {
    String ticketId = "outbox-" + UUID.randomUUID();
    long id;
    // Earlier tests' events go out first, so the relay is idle when the broker stops.
    await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
    RealInfrastructure.kafka().stopBroker();
    try {
      id = QuarkusTransaction.requiringNew().call(() -> addEvent(ticketId));

      // The scheduled relay claims the row, commits, and then waits for a broker that is not there
      // (after its 30-second acknowledgement wait, if a batch was already on its way).
      await().atMost(Duration.ofSeconds(75)).until(() -> entry(id).claimedUntil != null);

      assertThat(entry(id).publishedAt).isNull();
      assertThat(lockableAtOnce(id)).as("no transaction holds the row meanwhile").isTrue();
      assertThat(sessionsIdleInTransaction()).isZero();
    } finally {
      RealInfrastructure.kafka().startBroker();
    }

    await().atMost(Duration.ofSeconds(120)).until(() -> entry(id).publishedAt != null);
    assertThat(entry(id).claimedUntil).isNull();
  }

  @Test
  void publishing_from_inside_a_transaction_is_refused() {
    assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(relay::publishBatch))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never waits for Kafka in a transaction");
  }

  @Test
  void a_ticket_event_is_numbered_by_its_outbox_row() throws Exception {
    String ticketId = "outbox-" + UUID.randomUUID();

    long id = QuarkusTransaction.requiringNew().call(() -> addEvent(ticketId));

    JsonNode payload = new ObjectMapper().readTree(entry(id).payload);
    assertThat(payload.path("eventId").asLong()).isEqualTo(id);
    assertThat(payload.path("type").asText()).isEqualTo("QUEUED");
    assertThat(entry(id).aggregateId).isEqualTo(ticketId);
  }

  private long addEvent(String ticketId) {
    TicketEvent.Queued event =
        new TicketEvent.Queued(
            TicketEvent.UNNUMBERED,
            ticketId,
            null,
            Instant.now(),
            TicketStatus.QUEUED,
            Priority.P3,
            "OTHER");
    return outbox.add(Outbox.TICKET, ticketId, event.type(), event, "eventId");
  }

  private static long unpublished() {
    return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.count("publishedAt is null"));
  }

  private static OutboxEntry entry(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              OutboxEntry e = OutboxEntry.findById(id);
              OutboxEntry.getEntityManager().detach(e);
              return e;
            });
  }

  /** Whether this row can be locked without waiting: nobody else holds it. */
  private static boolean lockableAtOnce(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try {
                List<?> rows =
                    OutboxEntry.getEntityManager()
                        .createNativeQuery("select id from outbox where id = :id for update nowait")
                        .setParameter("id", id)
                        .getResultList();
                return rows.size() == 1;
              } catch (RuntimeException locked) {
                return false;
              }
            });
  }

  /** Database sessions that hold a transaction open while doing nothing (waiting elsewhere). */
  private static long sessionsIdleInTransaction() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        OutboxEntry.getEntityManager()
                            .createNativeQuery(
                                "select count(*) from pg_stat_activity where datname ="
                                    + " current_database() and state like 'idle in transaction%'")
                            .getSingleResult())
                    .longValue());
  }
}
