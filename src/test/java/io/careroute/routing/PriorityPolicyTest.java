package io.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.classify.UrgencySignals;
import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.Classification;
import io.careroute.ticket.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorityPolicyTest {

  private final PriorityPolicy policy = new PriorityPolicy(config(List.of("@BigName")));

  private static final AuthorPayload NOBODY = new AuthorPayload("1", "jo", "Jo", 120L, false);

  private static Classification classified(String category, String sentiment, String... signals) {
    return new Classification(
        category, 0.9, sentiment, 0, "en", List.of(), false, List.of(signals), "", "v");
  }

  @Test
  void safety_and_vulnerability_come_first_with_their_signal_as_the_reason() {
    var decision =
        policy.decide(classified("FAULT", "NEGATIVE", UrgencySignals.VULNERABILITY), NOBODY, 0);

    assertThat(decision.priority()).isEqualTo(Priority.P1);
    assertThat(decision.reasons()).containsExactly("urgency signal VULNERABILITY: P1");
  }

  @Test
  void a_negative_fault_or_a_threat_to_leave_is_p2_and_an_ordinary_question_p3() {
    assertThat(policy.decide(classified("FAULT", "NEGATIVE"), NOBODY, 0).priority())
        .isEqualTo(Priority.P2);
    assertThat(
            policy
                .decide(classified("BILLING", "NEUTRAL", UrgencySignals.THREAT_TO_LEAVE), NOBODY, 0)
                .priority())
        .isEqualTo(Priority.P2);
    assertThat(policy.decide(classified("BILLING", "NEUTRAL"), NOBODY, 0).priority())
        .isEqualTo(Priority.P3);
  }

  @Test
  void reach_a_vip_and_repeated_contact_each_raise_one_step_never_past_p1() {
    var famous = new AuthorPayload("2", "someone", "S", 50_000L, false);
    var vip = new AuthorPayload("3", "bigname", "B", 10L, false);

    var reach = policy.decide(classified("BILLING", "NEUTRAL"), famous, 0);
    var vipRepeat = policy.decide(classified("BILLING", "NEUTRAL"), vip, 2);
    var everything = policy.decide(classified("FAULT", "NEGATIVE"), vip, 5);

    assertThat(reach.priority()).isEqualTo(Priority.P2);
    assertThat(reach.reasons()).contains("author's reach (50000 followers): raised one step");
    assertThat(vipRepeat.priority()).isEqualTo(Priority.P1);
    assertThat(vipRepeat.reasons())
        .contains(
            "VIP customer: raised one step",
            "repeated contact: 2 earlier tickets within 7 days: raised one step");
    assertThat(everything.priority()).isEqualTo(Priority.P1);
  }

  @Test
  void spam_stays_p4_whoever_sends_it() {
    var spam =
        new Classification("OTHER", 0.9, "NEUTRAL", 0, "en", List.of(), true, List.of(), "", "v");
    var vip = new AuthorPayload("3", "BigName", "B", 1_000_000L, true);

    var decision = policy.decide(spam, vip, 9);

    assertThat(decision.priority()).isEqualTo(Priority.P4);
    assertThat(decision.reasons()).containsExactly("spam or not actionable: P4");
  }

  private static RoutingConfig config(List<String> vips) {
    RoutingConfig.Priority priority =
        new RoutingConfig.Priority() {
          public Optional<List<String>> vipHandles() {
            return Optional.of(vips);
          }

          public long reachFollowers() {
            return 10_000;
          }

          public boolean verifiedIsReach() {
            return true;
          }

          public int repeatTickets() {
            return 2;
          }

          public Duration repeatWindow() {
            return Duration.ofDays(7);
          }
        };
    return new RoutingConfig() {
      public Duration reopenWindow() {
        return Duration.ofDays(7);
      }

      public Duration closeAfter() {
        return Duration.ofDays(7);
      }

      public Duration stickyWindow() {
        return Duration.ofHours(48);
      }

      public Duration presenceGrace() {
        return Duration.ofMinutes(5);
      }

      public Map<String, Integer> weights() {
        return Map.of();
      }

      public RoutingConfig.Priority priority() {
        return priority;
      }
    };
  }
}
