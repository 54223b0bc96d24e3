package io.careroute.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void a_model_as_right_as_it_is_sure_has_no_calibration_error() {
    Calibration calibration = new Calibration();
    // Four predictions at 0.75: three right, one wrong.
    calibration.add(0.75, true);
    calibration.add(0.75, true);
    calibration.add(0.75, true);
    calibration.add(0.75, false);

    assertThat(calibration.expectedError()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void an_overconfident_model_is_off_by_the_weighted_gap_of_each_bin() {
    Calibration calibration = new Calibration();
    // Bin 0.9-1.0: two at 0.95, one right (accuracy 0.5, gap 0.45, half the predictions).
    calibration.add(0.95, true);
    calibration.add(0.95, false);
    // Bin 0.3-0.4: two at 0.35, both right (accuracy 1.0, gap 0.65, the other half).
    calibration.add(0.35, true);
    calibration.add(0.35, true);

    // 0.5 × 0.45 + 0.5 × 0.65
    assertThat(calibration.expectedError()).isCloseTo(0.55, within(1e-9));
    assertThat(calibration.report())
        .contains("expected calibration error  0.550")
        .contains("0.9-1.0       50.0%  0.500      0.500");
  }
}
