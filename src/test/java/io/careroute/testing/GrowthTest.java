package io.careroute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The growth measure tells linear work from quadratic work, which the linear-time tests rely on.
 */
class GrowthTest {

  private static volatile long sink;

  @Test
  void quadratic_work_grows_past_the_bound_and_linear_work_stays_under_it() {
    double linear =
        Growth.fourfold(
            n -> "x".repeat(n),
            text -> {
              long sum = 0;
              for (int i = 0; i < text.length(); i++) {
                sum += text.charAt(i) * (long) i;
              }
              sink = sum;
            },
            200_000);
    double quadratic =
        Growth.fourfold(
            n -> "x".repeat(n),
            text -> {
              long sum = 0;
              for (int i = 0; i < text.length(); i++) {
                for (int j = i; j < text.length(); j++) {
                  sum += text.charAt(j) ^ i;
                }
              }
              sink = sum;
            },
            1_500);

    assertThat(linear).isLessThan(8);
    assertThat(quadratic).isGreaterThan(8);
  }
}
