package io.careroute.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move between two statuses, written out by hand: which the status endpoint allows. */
class StatusPolicyTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "NEW, NEW, illegal",
    "NEW, QUEUED, illegal",
    "NEW, ASSIGNED, illegal",
    "NEW, PENDING_CUSTOMER, illegal",
    "NEW, RESOLVED, legal",
    "NEW, CLOSED, illegal",
    "QUEUED, NEW, illegal",
    "QUEUED, QUEUED, illegal",
    "QUEUED, ASSIGNED, illegal",
    "QUEUED, PENDING_CUSTOMER, illegal",
    "QUEUED, RESOLVED, legal",
    "QUEUED, CLOSED, illegal",
    "ASSIGNED, NEW, illegal",
    "ASSIGNED, QUEUED, illegal",
    "ASSIGNED, ASSIGNED, illegal",
    "ASSIGNED, PENDING_CUSTOMER, legal",
    "ASSIGNED, RESOLVED, legal",
    "ASSIGNED, CLOSED, illegal",
    "PENDING_CUSTOMER, NEW, illegal",
    "PENDING_CUSTOMER, QUEUED, illegal",
    "PENDING_CUSTOMER, ASSIGNED, legal",
    "PENDING_CUSTOMER, PENDING_CUSTOMER, illegal",
    "PENDING_CUSTOMER, RESOLVED, legal",
    "PENDING_CUSTOMER, CLOSED, illegal",
    "RESOLVED, NEW, illegal",
    "RESOLVED, QUEUED, illegal",
    "RESOLVED, ASSIGNED, illegal",
    "RESOLVED, PENDING_CUSTOMER, illegal",
    "RESOLVED, RESOLVED, illegal",
    "RESOLVED, CLOSED, legal",
    "CLOSED, NEW, illegal",
    "CLOSED, QUEUED, illegal",
    "CLOSED, ASSIGNED, illegal",
    "CLOSED, PENDING_CUSTOMER, illegal",
    "CLOSED, RESOLVED, illegal",
    "CLOSED, CLOSED, illegal"
  })
  void a_move_is_allowed_only_along_the_status_machine(
      TicketStatus from, TicketStatus to, String verdict) {
    assertThat(StatusPolicy.refusal(from, to).isEmpty()).isEqualTo(verdict.equals("legal"));
  }
}
