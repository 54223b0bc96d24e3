package io.careroute.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrgencySignalsTest {

  @Test
  void a_vulnerable_customer_is_flagged() {
    assertThat(UrgencySignals.in("my mum is 91 and housebound, her phone is dead"))
        .contains(UrgencySignals.VULNERABILITY);
  }

  @Test
  void a_safety_risk_is_flagged() {
    assertThat(UrgencySignals.in("landline down and dad's pendant alarm won't work"))
        .contains(UrgencySignals.SAFETY);
  }

  @Test
  void a_repeated_contact_is_flagged() {
    assertThat(UrgencySignals.in("broadband down again, 3rd time this week"))
        .contains(UrgencySignals.REPEATED_CONTACT);
  }

  @Test
  void a_threat_to_leave_is_flagged() {
    assertThat(UrgencySignals.in("sort it or I'm switching to another provider"))
        .contains(UrgencySignals.THREAT_TO_LEAVE);
  }

  @Test
  void an_ordinary_question_has_no_signal() {
    assertThat(UrgencySignals.in("what time does the Leeds store open on Sunday?")).isEmpty();
  }
}
