package io.careroute.classify.pii;

import io.careroute.messaging.PiiFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the detector does on a corpus, as the reply guard needs it: a positive is caught when a
 * finding overlaps its datum (the reply is refused), and a negative is a false positive when the
 * detector finds anything at all in it.
 */
public record PiiScores(
    int positives,
    int caught,
    int exact,
    int negatives,
    int falsePositives,
    Map<String, int[]> byType,
    List<PiiCorpus.Row> missed,
    List<PiiCorpus.Row> falselyFlagged) {

  /** Scores the detector on every row of the corpus. */
  public static PiiScores of(PiiDetector detector, PiiCorpus corpus) {
    int positives = 0;
    int caught = 0;
    int exact = 0;
    int negatives = 0;
    int falsePositives = 0;
    Map<String, int[]> byType = new TreeMap<>();
    List<PiiCorpus.Row> missed = new ArrayList<>();
    List<PiiCorpus.Row> flagged = new ArrayList<>();
    for (PiiCorpus.Row row : corpus.rows()) {
      List<PiiFinding> findings = detector.find(row.text());
      if (!row.positive()) {
        negatives++;
        if (!findings.isEmpty()) {
          falsePositives++;
          flagged.add(row);
        }
        continue;
      }
      positives++;
      int start = row.text().indexOf(row.value());
      int end = start + row.value().length();
      int[] counts = byType.computeIfAbsent(row.label(), t -> new int[2]);
      counts[0]++;
      boolean hit = findings.stream().anyMatch(f -> f.start() < end && start < f.end());
      if (hit) {
        caught++;
        counts[1]++;
        boolean same =
            findings.stream()
                .anyMatch(
                    f -> f.type().equals(row.label()) && f.start() == start && f.end() == end);
        exact += same ? 1 : 0;
      } else {
        missed.add(row);
      }
    }
    return new PiiScores(
        positives, caught, exact, negatives, falsePositives, byType, missed, flagged);
  }

  /** Share of positives caught. */
  public double recall() {
    return positives == 0 ? 0 : (double) caught / positives;
  }

  /** Share of negatives with any finding. */
  public double falsePositiveRate() {
    return negatives == 0 ? 0 : (double) falsePositives / negatives;
  }
}
