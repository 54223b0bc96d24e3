package io.careroute.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.careroute.messaging.Classification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Ticket aggregate on its own: each move checks its rule and returns the event it caused. */
class TicketTest {

  private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");

  private static Ticket opened() {
    Classification classification =
        new Classification(
            "FAULT", 0.9, "NEGATIVE", -0.6, "en", List.of(), false, List.of(), "", "v");
    Ticket.Opened opened =
        Ticket.open(
            new Ticket.Opening(
                "x",
                "cust-1",
                "cust",
                "conv-1",
                OPENED,
                classification,
                Priority.P3,
                List.of("category FAULT"),
                null,
                OPENED.plus(Duration.ofHours(4)),
                OPENED.plus(Duration.ofHours(24)),
                1));
    assertThat(opened.event().status()).isEqualTo(TicketStatus.NEW);
    return opened.ticket();
  }

  @Test
  void a_ticket_opens_new_with_its_classification_and_deadlines() {
    Ticket ticket = opened();

    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(ticket.category()).isEqualTo("FAULT");
    assertThat(ticket.firstResponseDueAt()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
    assertThat(ticket.unassignedAndOpen()).isTrue();
  }

  @Test
  void an_agent_takes_the_ticket_and_holds_its_weight() {
    Ticket ticket = opened();

    TicketEvent.Assigned assigned = ticket.assignTo("ann", 2, OPENED.plusSeconds(60), null);

    assertThat(assigned.agentId()).isEqualTo("ann");
    assertThat(assigned.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(ticket.weight()).isEqualTo(2);
    assertThat(ticket.holdsCapacity()).isTrue();
    assertThat(ticket.visibleTo("ann", false)).isTrue();
    assertThat(ticket.visibleTo("bob", false)).isFalse();
    assertThat(ticket.visibleTo("bob", true)).isTrue();
  }

  @Test
  void queueing_twice_tells_it_once() {
    Ticket ticket = opened();

    assertThat(ticket.queue(OPENED)).isPresent();
    assertThat(ticket.queue(OPENED)).isEmpty();
    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
  }

  @Test
  void a_ticket_back_in_the_queue_names_the_agent_who_had_it() {
    Ticket ticket = opened();
    ticket.assignTo("ann", 1, OPENED, null);

    TicketEvent.ReturnedToQueue returned = ticket.requeue(OPENED.plusSeconds(600));

    assertThat(returned.agentId()).isEqualTo("ann");
    assertThat(ticket.assigneeId()).isNull();
    assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
  }

  @Test
  void the_status_machine_refuses_a_move_it_does_not_allow_and_nothing_changes() {
    Ticket ticket = opened();

    assertThatThrownBy(() -> ticket.moveTo(TicketStatus.PENDING_CUSTOMER, null, "ann", OPENED))
        .isInstanceOf(TicketLifecycle.IllegalMoveException.class)
        .hasMessage("A NEW ticket cannot move to PENDING_CUSTOMER; it can move to [RESOLVED]");
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
  }

  @Test
  void resolving_stops_the_clock_and_tells_where_it_came_from() {
    Ticket ticket = opened();
    ticket.assignTo("ann", 1, OPENED, null);

    TicketEvent.StatusChanged resolved =
        ticket.moveTo(TicketStatus.RESOLVED, "fixed", "ann", OPENED.plus(Duration.ofMinutes(90)));

    assertThat(resolved.from()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(resolved.reason()).isEqualTo("fixed");
    assertThat(ticket.resolutionClock())
        .contains(
            new ClockStopped(ClockStopped.Clock.RESOLUTION, Priority.P3, Duration.ofMinutes(90)));
  }

  @Test
  void the_first_response_is_counted_once_and_each_answer_stops_the_next_response_clock() {
    Ticket ticket = opened();

    assertThat(ticket.respond(OPENED.plus(Duration.ofMinutes(10))))
        .contains(
            new ClockStopped(
                ClockStopped.Clock.FIRST_RESPONSE, Priority.P3, Duration.ofMinutes(10)));
    ticket.customerReplied(OPENED.plus(Duration.ofHours(2)));
    assertThat(ticket.nextResponseDueAt()).isEqualTo(OPENED.plus(Duration.ofHours(2)));

    assertThat(ticket.respond(OPENED.plus(Duration.ofMinutes(30)))).isEmpty();
    assertThat(ticket.nextResponseDueAt()).isNull();
    assertThat(ticket.firstResponseAt()).isEqualTo(OPENED.plus(Duration.ofMinutes(10)));
  }

  @Test
  void a_customer_writing_on_a_resolved_ticket_reopens_it_without_its_agent() {
    Ticket ticket = opened();
    ticket.assignTo("ann", 1, OPENED, null);
    ticket.moveTo(TicketStatus.RESOLVED, null, "ann", OPENED.plusSeconds(60));
    Instant newDeadline = OPENED.plus(Duration.ofHours(48));

    TicketEvent.StatusChanged reopened = ticket.customerWrote(newDeadline).orElseThrow();

    assertThat(reopened.from()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(reopened.agentId()).as("the agent who had it, to offer it back").isEqualTo("ann");
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(ticket.assigneeId()).isNull();
    assertThat(ticket.resolvedAt()).isNull();
    assertThat(ticket.resolutionDueAt()).isEqualTo(newDeadline);
  }

  @Test
  void a_customer_answering_a_pending_ticket_gives_it_back_to_its_agent() {
    Ticket ticket = opened();
    ticket.assignTo("ann", 1, OPENED, null);
    ticket.pend("ann", OPENED);

    assertThat(ticket.customerWrote(OPENED).orElseThrow().status())
        .isEqualTo(TicketStatus.ASSIGNED);
    assertThat(ticket.customerWrote(OPENED)).as("already with its agent").isEmpty();
  }

  @Test
  void a_breach_raises_the_priority_one_step_once() {
    Ticket ticket = opened();

    TicketEvent.SlaBreached breached =
        ticket.breach("FIRST_RESPONSE", OPENED.plus(Duration.ofHours(5)));

    assertThat(breached.priorityBefore()).isEqualTo(Priority.P3);
    assertThat(breached.priority()).isEqualTo(Priority.P2);
    assertThat(ticket.slaBreached()).isTrue();
    assertThatThrownBy(() -> ticket.breach("RESOLUTION", OPENED.plus(Duration.ofHours(30))))
        .isInstanceOf(TicketLifecycle.IllegalMoveException.class);
    assertThat(ticket.priority()).isEqualTo(Priority.P2);
  }

  @Test
  void a_closed_ticket_takes_no_agent() {
    Ticket ticket = opened();
    ticket.moveTo(TicketStatus.RESOLVED, null, "sue", OPENED);
    ticket.close("quiet", null, OPENED.plus(Duration.ofDays(8)));

    assertThatThrownBy(() -> ticket.assignTo("ann", 1, OPENED, "sue"))
        .isInstanceOf(TicketLifecycle.IllegalMoveException.class)
        .hasMessage("A CLOSED ticket cannot be assigned");
  }

  @Test
  void going_private_is_told_once() {
    Ticket ticket = opened();

    assertThat(ticket.movePrivate("ann", OPENED)).isPresent();
    assertThat(ticket.movePrivate("ann", OPENED.plusSeconds(5))).isEmpty();
    assertThat(ticket.movedPrivateAt()).isEqualTo(OPENED);
  }
}
