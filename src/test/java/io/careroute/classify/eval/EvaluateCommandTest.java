package io.careroute.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @Test
  void cross_validation_prints_accuracy_macro_f1_per_class_scores_and_the_confusion_matrix(
      @TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("text,topic\n");
    for (int i = 0; i < 20; i++) {
      csv.append("\"no signal again in town ").append(i).append("\",Network\n");
      csv.append("\"my bill is wrong, charged twice ").append(i).append("\",Billing\n");
    }
    Path file = Files.writeString(dir.resolve("labelled.csv"), csv);

    String out = run("--data", file.toString(), "--label", "topic", "--folds", "4");

    assertThat(out)
        .contains("4-fold stratified cross-validation on 40 rows")
        .contains("accuracy  1.000")
        .contains("macro-F1  1.000")
        .contains("Billing")
        .contains("Network")
        .contains("confusion matrix");
  }

  @Test
  void the_baseline_option_scores_tfidf_and_a_linear_svm_on_the_same_folds(@TempDir Path dir)
      throws Exception {
    StringBuilder csv = new StringBuilder("text,topic\n");
    for (int i = 0; i < 10; i++) {
      csv.append("\"no signal again in town ").append(i).append("\",Network\n");
      csv.append("\"my bill is wrong, charged twice ").append(i).append("\",Billing\n");
    }
    Path file = Files.writeString(dir.resolve("labelled.csv"), csv);

    String out = run("--data", file.toString(), "--label", "topic", "--folds", "2", "--baseline");

    assertThat(out)
        .contains("baseline (TF-IDF + LinearSVC, the same folds): macro-F1 1.000, accuracy 1.000");
  }

  @Test
  void a_missing_data_file_is_skipped_with_a_message(@TempDir Path dir) throws Exception {
    String out = run("--data", dir.resolve("absent.csv").toString(), "--label", "subject");
    assertThat(out).contains("is not here; nothing to do.");
  }

  private static String run(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      EvaluateCommand.main(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
