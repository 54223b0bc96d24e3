package io.careroute.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.classify.pii.PiiDetector;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No text can stall a stage: the personal-data check runs inside the reply transaction and the
 * in-order classifier, so its patterns must take time in proportion to the text (ReDoS).
 */
class LinearTimeTest {

  private static final PiiDetector DETECTOR =
      new PiiDetector(List.of(Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN)), List.of());

  @Test
  void ten_thousand_spaces_after_account_take_under_50_ms() {
    String hostile = "account" + " ".repeat(10_000);
    DETECTOR.find(hostile + "x");
    long started = System.nanoTime();
    assertThat(DETECTOR.find(hostile + "x")).isEmpty();
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(50);
  }

  @Test
  void the_default_account_pattern_alone_matches_hostile_spacing_in_linear_time() {
    Pattern account = Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN);
    String hostile = "account number is " + " : ".repeat(5_000) + "no";
    account.matcher(hostile).find();
    long started = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      assertThat(account.matcher(hostile).find()).isFalse();
    }
    assertThat((System.nanoTime() - started) / 1_000_000 / 10).isLessThan(50);
  }

  @Test
  void a_text_over_the_input_cap_is_read_up_to_the_cap() {
    String huge = "call 07700 900123 ".repeat(5_000);
    long started = System.nanoTime();
    var findings = DETECTOR.find(huge);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    assertThat(findings).isNotEmpty().allMatch(f -> f.end() <= PiiDetector.MAX_INPUT);
  }
}
