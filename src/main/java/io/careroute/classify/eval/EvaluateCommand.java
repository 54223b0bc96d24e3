package io.careroute.classify.eval;

import io.careroute.classify.model.DefaultCorpus;
import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.model.ModelTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code bin/careroute evaluate}: measures the classifier on labelled texts, by stratified k-fold
 * cross-validation ({@code --data FILE --label COLUMN --folds K}) or on a separate test file
 * ({@code --train A --test B --label COLUMN}), and prints the scores.
 */
public final class EvaluateCommand {

  private EvaluateCommand() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    String label = options.get("label");
    String text = options.getOrDefault("text", "text");
    if (label == null || !(options.containsKey("data") || options.containsKey("train"))) {
      System.err.println(
          "usage: evaluate --data FILE --label COLUMN [--folds 5] [--text text] [--seed 42]\n"
              + "       evaluate --data FILE --label COLUMN --holdout   (the default model's split)\n"
              + "       evaluate --train FILE --test FILE --label COLUMN [--text text]\n"
              + "       each also takes --encoder minilm|none (default minilm)");
      System.exit(2);
    }
    var missing = CommandOptions.missingFile(options, "data", "train", "test");
    if (missing.isPresent()) {
      System.out.println(missing.get() + " is not here; nothing to do.");
      return;
    }
    ModelTrainer trainer = CommandOptions.trainer(options, true);
    Scores scores;
    String how;
    long started = System.nanoTime();
    if (options.containsKey("data") && options.containsKey("holdout")) {
      LabelledTexts data = LabelledTexts.read(Path.of(options.get("data")), text, label);
      LabelledTexts[] split = data.split(DefaultCorpus::isHeldOut);
      scores = trainAndTest(trainer, split[0], split[1]);
      how =
          "trained on "
              + split[0].size()
              + " rows, tested on the "
              + split[1].size()
              + " held-out rows of "
              + options.get("data");
    } else if (options.containsKey("data")) {
      LabelledTexts data = LabelledTexts.read(Path.of(options.get("data")), text, label);
      int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
      long seed = Long.parseLong(options.getOrDefault("seed", "42"));
      scores = crossValidate(trainer, data, folds, seed);
      how =
          folds
              + "-fold stratified cross-validation on "
              + data.size()
              + " rows of "
              + options.get("data");
    } else {
      LabelledTexts train = LabelledTexts.read(Path.of(options.get("train")), text, label);
      LabelledTexts test = LabelledTexts.read(Path.of(options.get("test")), text, label);
      scores = trainAndTest(trainer, train, test);
      how =
          "trained on "
              + train.size()
              + " rows of "
              + options.get("train")
              + ", tested on "
              + test.size()
              + " rows of "
              + options.get("test");
    }
    System.out.println("label column: " + label + "; " + how);
    System.out.println("model settings: " + trainer.settings());
    System.out.printf("(%.1f s)%n%n", (System.nanoTime() - started) / 1e9);
    System.out.print(scores.report());
  }

  /** Stratified k-fold: each fold holds about 1/k of every label. */
  public static Scores crossValidate(ModelTrainer trainer, LabelledTexts data, int k, long seed) {
    Map<String, List<Integer>> byLabel = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      byLabel.computeIfAbsent(data.labels().get(i), l -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    Random random = new Random(seed);
    int next = 0;
    for (String l : new java.util.TreeSet<>(byLabel.keySet())) {
      List<Integer> rows = byLabel.get(l);
      Collections.shuffle(rows, random);
      for (int row : rows) {
        folds.get(next++ % k).add(row);
      }
    }
    Scores scores = Scores.over(data.labels());
    for (int f = 0; f < k; f++) {
      List<Integer> train = new ArrayList<>();
      for (int g = 0; g < k; g++) {
        if (g != f) {
          train.addAll(folds.get(g));
        }
      }
      LabelledTexts test = data.subset(folds.get(f));
      LinearTextModel model =
          trainer.train(data.subset(train).texts(), data.subset(train).labels(), "fold-" + f);
      scores.add(test.labels(), predictAll(model, test.texts()));
    }
    return scores;
  }

  public static Scores trainAndTest(ModelTrainer trainer, LabelledTexts train, LabelledTexts test) {
    LinearTextModel model = trainer.train(train.texts(), train.labels(), "evaluation");
    List<String> labels = new ArrayList<>(train.labels());
    labels.addAll(test.labels());
    Scores scores = Scores.over(labels);
    scores.add(test.labels(), predictAll(model, test.texts()));
    return scores;
  }

  private static List<String> predictAll(LinearTextModel model, List<String> texts) {
    List<String> predicted = new ArrayList<>(texts.size());
    for (String t : texts) {
      predicted.add(model.predict(t).label());
    }
    return predicted;
  }
}
