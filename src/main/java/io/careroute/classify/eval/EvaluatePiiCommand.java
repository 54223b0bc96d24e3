package io.careroute.classify.eval;

import io.careroute.classify.pii.PiiCorpus;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.classify.pii.PiiScores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code bin/careroute evaluate-pii}: scores the personal-data detector on the team's corpus of
 * positives and look-alike negatives, against the guard's targets (recall at least 0.98, false
 * positives at most 2 %), and prints the rows it got wrong.
 */
public final class EvaluatePiiCommand {

  static final String DEFAULT_CORPUS = "src/test/resources/pii/corpus.tsv";
  static final double RECALL_TARGET = 0.98;
  static final double FALSE_POSITIVE_LIMIT = 0.02;

  private EvaluatePiiCommand() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    Path file = Path.of(options.getOrDefault("data", DEFAULT_CORPUS));
    PiiCorpus corpus = PiiCorpus.read(file);
    PiiDetector detector =
        new PiiDetector(
            List.of(Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN)), corpus.allowList());
    long started = System.nanoTime();
    PiiScores scores = PiiScores.of(detector, corpus);
    double millis = (System.nanoTime() - started) / 1e6;
    System.out.printf(
        "personal-data detector on %s (%d rows), %s; allow-list %s%n%n",
        file, corpus.rows().size(), LocalDate.now(), corpus.allowList());
    System.out.printf("type       positives  caught  recall%n");
    scores
        .byType()
        .forEach(
            (type, counts) ->
                System.out.printf(
                    "%-10s %9d  %6d  %.3f%n",
                    type, counts[0], counts[1], (double) counts[1] / counts[0]));
    System.out.printf(
        "%nrecall               %.3f  (%d of %d; %d with the exact type and span)   target >= %.2f"
            + "  %s%n",
        scores.recall(),
        scores.caught(),
        scores.positives(),
        scores.exact(),
        RECALL_TARGET,
        scores.recall() >= RECALL_TARGET ? "met" : "NOT MET");
    System.out.printf(
        "false positives      %.3f  (%d of %d look-alikes)            limit  <= %.2f  %s%n",
        scores.falsePositiveRate(),
        scores.falsePositives(),
        scores.negatives(),
        FALSE_POSITIVE_LIMIT,
        scores.falsePositiveRate() <= FALSE_POSITIVE_LIMIT ? "met" : "NOT MET");
    System.out.printf("time                 %.1f ms for all rows%n", millis);
    scores
        .missed()
        .forEach(r -> System.out.printf("missed  %d %s: %s%n", r.line(), r.label(), r.text()));
    scores
        .falselyFlagged()
        .forEach(
            r ->
                System.out.printf(
                    "flagged %d: %s -> %s%n", r.line(), r.text(), detector.find(r.text())));
  }
}
