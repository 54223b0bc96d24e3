package io.careroute.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void accuracy_and_macro_f1_match_a_hand_computed_example() {
    // gold a a a b b c ; predicted a a b b c c
    var scores =
        new Scores(List.of("a", "a", "a", "b", "b", "c"), List.of("a", "a", "b", "b", "c", "c"));

    assertThat(scores.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
    // a: p=1, r=2/3, f1=0.8; b: p=1/2, r=1/2, f1=0.5; c: p=1/2, r=1, f1=2/3
    assertThat(scores.macroF1()).isCloseTo((0.8 + 0.5 + 2 / 3.0) / 3, within(1e-9));
  }

  @Test
  void the_report_names_every_class_and_the_confusion_counts() {
    var scores = new Scores(List.of("yes", "no", "no"), List.of("yes", "yes", "no"));
    String report = scores.report();
    assertThat(report).contains("accuracy  0.667").contains("yes").contains("no");
    // Labels sort as [no, yes]: the true "no" row has one "no" and one "yes" prediction.
    assertThat(report.lines().toList())
        .contains("no            1      1", "yes           0      1");
  }
}
