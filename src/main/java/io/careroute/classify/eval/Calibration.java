package io.careroute.classify.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far a model's confidence can be trusted: the expected calibration error (ten equal-width
 * bins, the gap between confidence and accuracy weighted by each bin's share) and the accuracy by
 * confidence band, so a team can pick the confidence below which a human looks first.
 */
public final class Calibration {

  private static final double[] BANDS = {0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

  private final List<double[]> seen = new ArrayList<>(); // {confidence, 1 if right else 0}

  /** One prediction with its confidence, and whether it was right. */
  public void add(double confidence, boolean right) {
    seen.add(new double[] {Math.max(0, Math.min(1, confidence)), right ? 1 : 0});
  }

  /** The expected calibration error over ten equal-width confidence bins. */
  public double expectedError() {
    double error = 0;
    for (int bin = 0; bin < 10; bin++) {
      double low = bin / 10.0;
      double high = (bin + 1) / 10.0;
      double[] tally = tally(low, high, bin == 9);
      if (tally[0] > 0) {
        error += tally[0] / seen.size() * Math.abs(tally[2] / tally[0] - tally[1] / tally[0]);
      }
    }
    return error;
  }

  /** A plain-text report: the error, then accuracy and share by confidence band. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT, "expected calibration error  %.3f (10 bins)%n", expectedError()));
    out.append("confidence   share   accuracy   cumulative accuracy above the band's floor\n");
    for (int b = 0; b < BANDS.length - 1; b++) {
      double[] tally = tally(BANDS[b], BANDS[b + 1], b == BANDS.length - 2);
      double[] above = tally(BANDS[b], 1.0, true);
      out.append(
          String.format(
              Locale.ROOT,
              "%.1f-%.1f      %5.1f%%  %s      %s%n",
              BANDS[b],
              BANDS[b + 1],
              100 * tally[0] / Math.max(1, seen.size()),
              tally[0] == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", tally[2] / tally[0]),
              above[0] == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", above[2] / above[0])));
    }
    return out.toString();
  }

  /** {count, summed confidence, summed correctness} of predictions in [low, high). */
  private double[] tally(double low, double high, boolean includeHigh) {
    double[] tally = new double[3];
    for (double[] s : seen) {
      if (s[0] >= low && (s[0] < high || (includeHigh && s[0] <= high))) {
        tally[0]++;
        tally[1] += s[0];
        tally[2] += s[1];
      }
    }
    return tally;
  }
}
