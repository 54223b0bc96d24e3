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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class AssignmentTest {

  @Inject RoutingFixture fixture;

  private static String id(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void only_an_agent_with_the_category_among_their_skills_is_offered_the_ticket() {
    String faults = freshCategory();
    String bills = freshCategory();
    String billing = fixture.onlineAgent(id("billing"), 5, List.of(bills), List.of("en"));
    String fault = fixture.onlineAgent(id("fault"), 5, List.of(faults), List.of("en"));

    assertThat(fixture.ticket(fixture.route(mention(id("c"), faults))).assigneeId())
        .isEqualTo(fault);
    assertThat(fixture.ticket(fixture.route(mention(id("c"), bills))).assigneeId())
        .isEqualTo(billing);
  }

  @Test
  void only_an_agent_who_speaks_the_language_is_offered_the_ticket() {
    String category = freshCategory();
    fixture.onlineAgent(id("english"), 5, List.of(category), List.of("en"));
    String welsh = fixture.onlineAgent(id("welsh"), 5, List.of(category), List.of("en", "cy"));

    Ticket ticket = fixture.ticket(fixture.route(mention(id("c"), category).language("cy")));

    assertThat(ticket.assigneeId()).isEqualTo(welsh);
  }

  @Test
  void a_ticket_that_weighs_more_than_the_room_left_is_queued_while_a_lighter_one_fits() {
    String category = freshCategory();
    String agent = fixture.onlineAgent(id("small"), 3, List.of(category), List.of("en"));

    Ticket first =
        fixture.ticket(fixture.route(mention(id("c"), category).signals(UrgencySignals.SAFETY)));
    Ticket second =
        fixture.ticket(fixture.route(mention(id("c"), category).signals(UrgencySignals.SAFETY)));
    Ticket light = fixture.ticket(fixture.route(mention(id("c"), category)));

    assertThat(first.priority()).isEqualTo(Priority.P1);
    assertThat(first.weight()).isEqualTo(2);
    assertThat(first.assigneeId()).isEqualTo(agent);
    assertThat(second.status()).isEqualTo(TicketStatus.QUEUED);
    assertThat(light.assigneeId()).isEqualTo(agent);
    assertThat(fixture.openWeight(agent)).isEqualTo(3);
  }

  @Test
  void the_most_available_agent_relative_to_capacity_gets_the_ticket() {
    String category = freshCategory();
    String big = fixture.onlineAgent(id("a-big"), 4, List.of(category), List.of("en"));
    String small = fixture.onlineAgent(id("b-small"), 2, List.of(category), List.of("en"));

    String first = fixture.ticket(fixture.route(mention(id("c"), category))).assigneeId();
    String second = fixture.ticket(fixture.route(mention(id("c"), category))).assigneeId();
    String third = fixture.ticket(fixture.route(mention(id("c"), category))).assigneeId();

    assertThat(List.of(first, second, third)).containsExactly(big, small, big);
  }

  @Test
  void between_equally_available_agents_the_one_idle_longest_gets_the_ticket() {
    String category = freshCategory();
    String zed = fixture.onlineAgent(id("z-early"), 2, List.of(category), List.of("en"));
    String first = fixture.ticket(fixture.route(mention(id("c"), category))).assigneeId();
    String amy = fixture.onlineAgent(id("a-late"), 2, List.of(category), List.of("en"));
    String second = fixture.ticket(fixture.route(mention(id("c"), category))).assigneeId();

    String third = fixture.ticket(fixture.route(mention(id("c"), category))).assigneeId();

    assertThat(List.of(first, second, third)).containsExactly(zed, amy, zed);
  }

  @Test
  void a_returning_customer_goes_to_the_agent_who_last_handled_them_if_eligible() {
    String category = freshCategory();
    String customer = id("returning");
    String usual = fixture.onlineAgent(id("a-usual"), 10, List.of(category), List.of("en"));
    String old = fixture.route(mention(customer, category));
    fixture.onlineAgent(id("b-free"), 10, List.of(category), List.of("en"));
    QuarkusTransaction.requiringNew()
        .run(() -> Ticket.update("status = ?1 where id = ?2", TicketStatus.CLOSED, old));

    Ticket next = fixture.ticket(fixture.route(mention(customer, category)));

    assertThat(next.assigneeId()).isEqualTo(usual);
    assertThat(next.id).isNotEqualTo(old);
  }
}
