package io.careroute.sla;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.messaging.outbox.OutboxEntry;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

@CarerouteTest
class SlaWatcherTest {

  @Inject RoutingFixture fixture;
  @Inject SlaWatcher watcher;
  @Inject SlaPolicy sla;

  @Test
  void a_new_ticket_carries_deadlines_from_its_prioritys_targets() {
    Instant at = Instant.parse("2026-11-26T09:00:00Z");
    Ticket ticket = fixture.ticket(fixture.route(mention("deadline", freshCategory()).at(at)));

    assertThat(ticket.priority()).isEqualTo(Priority.P3);
    assertThat(ticket.firstResponseDueAt()).isEqualTo(sla.firstResponseDue(Priority.P3, at));
    assertThat(ticket.firstResponseDueAt()).isEqualTo(at.plus(Duration.ofHours(4)));
    assertThat(ticket.resolutionDueAt()).isEqualTo(at.plus(Duration.ofHours(24)));
  }

  @Test
  void two_watchers_running_at_once_mark_a_breach_exactly_once_and_raise_the_priority()
      throws Exception {
    String ticketId = fixture.route(mention("late", freshCategory()));
    Instant later = Instant.now().plus(Duration.ofHours(5));
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<List<String>>> watchers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      watchers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return watcher.markBreaches(later, List.of(ticketId));
              }));
    }
    List<String> marked = new ArrayList<>();
    for (CompletableFuture<List<String>> w : watchers) {
      marked.addAll(w.get());
    }
    marked.addAll(watcher.markBreaches(later.plus(Duration.ofHours(1)), List.of(ticketId)));

    assertThat(marked.stream().filter(ticketId::equals)).hasSize(1);
    Ticket ticket = fixture.ticket(ticketId);
    assertThat(ticket.slaBreached()).isTrue();
    assertThat(ticket.priority()).isEqualTo(Priority.P2);
    long events =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    OutboxEntry.count("aggregateId = ?1 and type = ?2", ticketId, "SLA_BREACHED"));
    assertThat(events).isEqualTo(1);
  }
}
