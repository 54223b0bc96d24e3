package io.careroute.routing;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class ThreadingTest {

  @Inject RoutingFixture fixture;
  @Inject RoutingConfig config;

  private final String category = freshCategory();

  private static String customer() {
    return "cust-" + UUID.randomUUID();
  }

  @Test
  void the_customers_answer_joins_the_ticket_of_the_message_it_answers() {
    String jo = customer();
    RoutingFixture.Mention first = mention(jo, category);
    String ticket = fixture.route(first);

    assertThat(fixture.route(mention(jo, category).inReplyTo(first.externalId())))
        .isEqualTo(ticket);
  }

  @Test
  void another_customers_answer_opens_a_ticket_of_its_own_linked_to_the_one_it_answers() {
    RoutingFixture.Mention first = mention(customer(), category);
    String ticket = fixture.route(first);

    String bystanders = fixture.route(mention(customer(), category).inReplyTo(first.externalId()));
    assertThat(bystanders).isNotEqualTo(ticket);
    assertThat(fixture.ticket(bystanders).linkedTicketId).isEqualTo(ticket);
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(1);
  }

  @Test
  void the_customers_mention_in_the_same_platform_thread_joins_its_ticket() {
    String thread = "thread-" + UUID.randomUUID();
    String jo = customer();
    String ticket = fixture.route(mention(jo, category).conversation(thread));

    assertThat(fixture.route(mention(jo, category).conversation(thread))).isEqualTo(ticket);
    assertThat(fixture.route(mention(customer(), category).conversation(thread)))
        .isNotEqualTo(ticket);
  }

  @Test
  void a_customer_with_an_open_ticket_adds_to_it_and_another_customer_gets_a_new_one() {
    String jo = customer();
    String ticket = fixture.route(mention(jo, category));

    assertThat(fixture.route(mention(jo, category))).isEqualTo(ticket);
    assertThat(fixture.route(mention(customer(), category))).isNotEqualTo(ticket);
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(2);
  }

  @Test
  void a_redelivered_mention_changes_nothing() {
    RoutingFixture.Mention once = mention(customer(), category);
    String ticket = fixture.route(once);

    assertThat(fixture.route(once)).isEqualTo(ticket);
    assertThat(fixture.ticket(ticket).messageCount()).isEqualTo(1);
  }

  @Test
  void a_customer_mention_reopens_a_ticket_resolved_within_the_window() {
    String jo = customer();
    String ticket = fixture.route(mention(jo, category));
    resolve(ticket, Instant.now().minus(Duration.ofHours(1)));

    assertThat(fixture.route(mention(jo, category))).isEqualTo(ticket);
    Ticket reopened = fixture.ticket(ticket);
    assertThat(reopened.status()).isIn(TicketStatus.QUEUED, TicketStatus.ASSIGNED);
    assertThat(reopened.resolvedAt()).isNull();
  }

  @Test
  void after_the_reopen_window_the_customer_gets_a_new_ticket_linked_to_the_old_one() {
    String jo = customer();
    String old = fixture.route(mention(jo, category));
    resolve(old, Instant.now().minus(config.reopenWindow()).minus(Duration.ofHours(1)));

    String next = fixture.route(mention(jo, category));

    assertThat(next).isNotEqualTo(old);
    assertThat(fixture.ticket(next).linkedTicketId).isEqualTo(old);
    assertThat(fixture.ticket(old).status()).isEqualTo(TicketStatus.RESOLVED);
  }

  @Test
  void an_answer_to_a_closed_ticket_opens_a_new_ticket_linked_to_it() {
    RoutingFixture.Mention first = mention(customer(), category);
    String old = fixture.route(first);
    QuarkusTransaction.requiringNew()
        .run(() -> Ticket.update("status = ?1 where id = ?2", TicketStatus.CLOSED, old));

    String next = fixture.route(mention(customer(), category).inReplyTo(first.externalId()));

    assertThat(next).isNotEqualTo(old);
    assertThat(fixture.ticket(next).linkedTicketId).isEqualTo(old);
  }

  @Test
  void a_brand_post_joins_its_thread_as_outbound_and_stops_the_first_response_clock() {
    RoutingFixture.Mention asked = mention(customer(), category);
    String ticket = fixture.route(asked);

    assertThat(fixture.route(mention("brand", category).byBrand().inReplyTo(asked.externalId())))
        .isEqualTo(ticket);
    List<TicketMessage> messages =
        QuarkusTransaction.requiringNew().call(() -> TicketMessage.listForTicket(ticket));
    assertThat(messages)
        .extracting(m -> m.direction)
        .containsExactly(Direction.INBOUND, Direction.OUTBOUND);
    assertThat(fixture.ticket(ticket).firstResponseAt()).isNotNull();
  }

  private static void resolve(String ticketId, Instant at) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Ticket.update(
                    "status = ?1, resolvedAt = ?2 where id = ?3",
                    TicketStatus.RESOLVED,
                    at,
                    ticketId));
  }
}
