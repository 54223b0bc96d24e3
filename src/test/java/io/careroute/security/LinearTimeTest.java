package io.careroute.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.classify.pii.PiiDetector;
import io.careroute.testing.Growth;
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
  void spaces_after_account_cost_time_in_proportion_to_their_number() {
    double growth = Growth.fourfold(n -> "account" + " ".repeat(n) + "x", DETECTOR::find, 5_000);

    assertThat(DETECTOR.find("account" + " ".repeat(10_000) + "x")).isEmpty();
    assertThat(growth).as("time on 20,000 spaces over 5,000").isLessThan(8);
  }

  @Test
  void the_default_account_pattern_alone_matches_hostile_spacing_in_linear_time() {
    Pattern account = Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN);
    double growth =
        Growth.fourfold(
            n -> "account number is " + " : ".repeat(n) + "no",
            text -> assertThat(account.matcher(text).find()).isFalse(),
            2_000);

    assertThat(growth).as("time on 8,000 separators over 2,000").isLessThan(8);
  }

  @Test
  void a_text_over_the_input_cap_is_read_up_to_the_cap() {
    double growth = Growth.fourfold(n -> "call 07700 900123 ".repeat(n), DETECTOR::find, 5_000);

    assertThat(DETECTOR.find("call 07700 900123 ".repeat(5_000)))
        .isNotEmpty()
        .allMatch(f -> f.end() <= PiiDetector.MAX_INPUT);
    assertThat(growth).as("both texts are over the cap, so alike in cost").isLessThan(2.5);
  }
}
