package io.careroute.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BaselineTest {

  @Test
  void the_baseline_learns_words_and_ignores_case() {
    Function<String, String> baseline =
        Baseline.train(
            List.of(
                "broadband down again",
                "no signal all day",
                "wifi keeps dropping",
                "charged twice this month",
                "my bill went up",
                "refund still not paid"),
            List.of("FAULT", "FAULT", "FAULT", "BILLING", "BILLING", "BILLING"));

    assertThat(baseline.apply("BROADBAND has no signal")).isEqualTo("FAULT");
    assertThat(baseline.apply("where is my refund for the bill")).isEqualTo("BILLING");
  }

  @Test
  void cross_validation_scores_the_baseline_on_every_row_once() {
    List<String> texts =
        List.of("a bill", "the bill", "my bill", "a fault", "the fault", "my fault");
    List<String> labels = List.of("B", "B", "B", "F", "F", "F");

    Scores scores =
        EvaluateCommand.crossValidate(Baseline::train, new LabelledTexts(texts, labels), 3, 42);

    assertThat(scores.accuracy()).isEqualTo(1.0);
  }
}
