package io.careroute.routing;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.classify.UrgencySignals;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@CarerouteTest
class ConcurrentAssignmentTest {

  @Inject RoutingFixture fixture;
  @Inject QueueService queue;

  @Test
  void two_hundred_tickets_routed_at_once_never_overfill_five_agents_of_capacity_ten()
      throws Exception {
    String category = freshCategory();
    List<String> agents = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      agents.add(
          fixture.onlineAgent(category + "-agent-" + i, 10, List.of(category), List.of("en")));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<String>> routed = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      RoutingFixture.Mention m = mention(category + "-customer-" + i, category);
      if (i % 3 == 0) {
        m.signals(UrgencySignals.THREAT_TO_LEAVE);
      }
      routed.add(threads.submit(() -> fixture.route(m)));
    }
    List<Ticket> tickets = new ArrayList<>();
    for (Future<String> f : routed) {
      tickets.add(fixture.ticket(f.get()));
    }
    threads.shutdown();

    Map<String, Long> perAgent =
        tickets.stream()
            .filter(t -> t.assigneeId() != null)
            .collect(Collectors.groupingBy(t -> t.assigneeId(), Collectors.counting()));
    assertThat(tickets).extracting(t -> t.weight()).containsOnly(1);
    assertThat(tickets.stream().filter(t -> t.status() == TicketStatus.ASSIGNED)).hasSize(50);
    assertThat(perAgent)
        .containsOnlyKeys(agents)
        .allSatisfy((agent, n) -> assertThat(n).isEqualTo(10));
    assertThat(agents).allSatisfy(a -> assertThat(fixture.openWeight(a)).isEqualTo(10));

    List<Ticket> queued = tickets.stream().filter(t -> t.status() == TicketStatus.QUEUED).toList();
    assertThat(queued).hasSize(150);
    Map<String, Ticket> byId =
        queued.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
    List<Ticket> inQueueOrder =
        queue.queuedIds().stream().filter(byId::containsKey).map(byId::get).toList();
    assertThat(inQueueOrder)
        .hasSize(150)
        .isSortedAccordingTo(
            Comparator.comparing((Ticket t) -> t.priority())
                .thenComparing(t -> t.firstResponseDueAt()));
    assertThat(inQueueOrder.get(0).priority()).isEqualTo(Priority.P2);
  }
}
