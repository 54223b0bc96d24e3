package io.careroute.classify.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The guard's targets on the team's corpus, in the build: recall at least 0.98 and at most 2 %
 * false positives (the same figures {@code bin/careroute evaluate-pii} prints).
 */
class PiiCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/pii/corpus.tsv");

  @Test
  void the_detector_catches_at_least_98_percent_and_flags_at_most_2_percent_of_look_alikes()
      throws Exception {
    PiiCorpus corpus = PiiCorpus.read(CORPUS);
    PiiDetector detector =
        new PiiDetector(
            List.of(Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN)), corpus.allowList());

    PiiScores scores = PiiScores.of(detector, corpus);

    assertThat(scores.positives()).isGreaterThanOrEqualTo(300);
    assertThat(scores.negatives()).isGreaterThanOrEqualTo(300);
    assertThat(scores.byType().keySet())
        .containsExactlyInAnyOrder("PHONE", "EMAIL", "POSTCODE", "CARD", "ACCOUNT");
    assertThat(scores.recall()).as("missed: %s", scores.missed()).isGreaterThanOrEqualTo(0.98);
    assertThat(scores.falsePositiveRate())
        .as("flagged: %s", scores.falselyFlagged())
        .isLessThanOrEqualTo(0.02);
  }

  @Test
  void a_row_whose_value_is_not_in_its_text_is_refused(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("bad.tsv");
    java.nio.file.Files.writeString(file, "label\tvalue\ttext\nPHONE\t07700 900123\tcall me\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PiiCorpus.read(file))
        .hasMessageContaining("not inside the text");
  }
}
