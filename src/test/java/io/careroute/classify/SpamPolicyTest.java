package io.careroute.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpamPolicyTest {

  private final SpamPolicy policy = new SpamPolicy(new RepetitionWatch(100, 60_000, 3));

  @Test
  void a_promotion_with_a_link_is_spam() {
    assertThat(policy.reason("x:1", "m1", "WIN A FREE iPhone!! click the link https://t.co/abc"))
        .isEqualTo("promotion");
  }

  @Test
  void link_stuffing_is_spam() {
    assertThat(policy.reason("x:2", "m2", "https://a.example https://b.example https://c.example"))
        .isNotNull();
  }

  @Test
  void the_same_text_a_third_time_from_one_author_is_spam() {
    String text = "follow my page for daily tech news";
    assertThat(policy.reason("x:3", "m3", text)).isNull();
    assertThat(policy.reason("x:3", "m4", text)).isNull();
    assertThat(policy.reason("x:3", "m5", text)).isEqualTo("repeated text");
  }

  @Test
  void a_redelivered_mention_is_not_a_repetition() {
    String text = "broadband down in Leeds";
    for (int i = 0; i < 5; i++) {
      assertThat(policy.reason("x:4", "same-mention", text)).isNull();
    }
  }

  @Test
  void a_real_complaint_with_a_link_is_not_spam() {
    assertThat(policy.reason("x:5", "m6", "speed test shows 2mbps https://t.co/xyz sort it out"))
        .isNull();
  }
}
