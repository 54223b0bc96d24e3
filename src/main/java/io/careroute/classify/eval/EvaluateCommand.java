package io.careroute.classify.eval;

import io.careroute.classify.model.DefaultCorpus;
import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.model.ModelTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code bin/careroute evaluate}: measures the classifier. With no arguments it prints the team's
 * whole report: the default model on the corpus's held-out fifth and on the real-text yardstick
 * (with calibration), and a brand's own taxonomy (uk-mobile) by 5-fold cross-validation beside the
 * TF-IDF + LinearSVC baseline on the same folds. With {@code --data FILE --label COLUMN} it
 * cross-validates on any labelled file ({@code --baseline} adds the baseline), and with {@code
 * --train A --test B --label COLUMN} it scores on a separate test file.
 */
public final class EvaluateCommand {

  /** Trains a classifier on texts and their labels. */
  interface Fitter extends BiFunction<List<String>, List<String>, Function<String, String>> {}

  private static final Path UK_MOBILE = Yardstick.DATA.resolve("uk-mobile-tweets/dev.csv");

  private EvaluateCommand() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    if (java.util.Set.of("encoder", "no-brand").containsAll(options.keySet())) {
      report(CommandOptions.trainer(options, true), !options.containsKey("no-brand"));
      return;
    }
    String label = options.get("label");
    String text = options.getOrDefault("text", "text");
    if (label == null || !(options.containsKey("data") || options.containsKey("train"))) {
      System.err.println(
          "usage: evaluate [--no-brand]   (the report: held-out corpus, real-text yardstick, and"
              + " uk-mobile unless --no-brand)\n"
              + "       evaluate --data FILE --label COLUMN [--folds 5] [--text text] [--seed 42]"
              + " [--baseline]\n"
              + "       evaluate --data FILE --label COLUMN --holdout   (the default model's split)\n"
              + "       evaluate --train FILE --test FILE --label COLUMN [--text text]\n"
              + "       each also takes --encoder minilm|bge-small|e5-small|none (default minilm)");
      System.exit(2);
    }
    var missing = CommandOptions.missingFile(options, "data", "train", "test");
    if (missing.isPresent()) {
      System.out.println(missing.get() + " is not here; nothing to do.");
      return;
    }
    ModelTrainer trainer = CommandOptions.trainer(options, true);
    long started = System.nanoTime();
    if (options.containsKey("data") && options.containsKey("holdout")) {
      LabelledTexts data = LabelledTexts.read(Path.of(options.get("data")), text, label);
      LabelledTexts[] split = data.split(DefaultCorpus::isHeldOut);
      Scores scores = trainAndTest(trainer, split[0], split[1]);
      header(
          label,
          "trained on "
              + split[0].size()
              + " rows, tested on the "
              + split[1].size()
              + " held-out rows of "
              + options.get("data"),
          trainer,
          started);
      System.out.print(scores.report());
    } else if (options.containsKey("data")) {
      LabelledTexts data = LabelledTexts.read(Path.of(options.get("data")), text, label);
      int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
      long seed = Long.parseLong(options.getOrDefault("seed", "42"));
      Scores scores = crossValidate(fitter(trainer), data, folds, seed);
      header(
          label,
          folds
              + "-fold stratified cross-validation on "
              + data.size()
              + " rows of "
              + options.get("data"),
          trainer,
          started);
      System.out.print(scores.report());
      if (options.containsKey("baseline")) {
        Scores baseline = crossValidate(Baseline::train, data, folds, seed);
        System.out.printf(
            Locale.ROOT,
            "%nbaseline (TF-IDF + LinearSVC, the same folds): macro-F1 %.3f, accuracy %.3f%n",
            baseline.macroF1(),
            baseline.accuracy());
      }
    } else {
      LabelledTexts train = LabelledTexts.read(Path.of(options.get("train")), text, label);
      LabelledTexts test = LabelledTexts.read(Path.of(options.get("test")), text, label);
      Scores scores = trainAndTest(trainer, train, test);
      header(
          label,
          "trained on "
              + train.size()
              + " rows of "
              + options.get("train")
              + ", tested on "
              + test.size()
              + " rows of "
              + options.get("test"),
          trainer,
          started);
      System.out.print(scores.report());
    }
  }

  /** The whole report, in the order the README shows it. */
  static void report(ModelTrainer trainer, boolean withBrand) throws Exception {
    long started = System.nanoTime();
    LabelledTexts corpus = DefaultCorpus.read("category");
    LabelledTexts[] split = corpus.split(DefaultCorpus::isHeldOut);
    LinearTextModel model = trainer.train(split[0].texts(), split[0].labels(), "evaluation");
    System.out.println("model settings: " + trainer.settings());
    System.out.printf(
        "%n== 1. The default model on the corpus's held-out fifth (%d rows; trained on %d) ==%n",
        split[1].size(), split[0].size());
    System.out.print(score(model, split[1], corpus.labels(), null).report());

    Optional<LabelledTexts> real = Yardstick.read(Yardstick.LABELS, Yardstick.DATA);
    if (real.isPresent()) {
      System.out.printf(
          "%n== 2. The same model on the real-text yardstick (%d real tweets, %s) ==%n",
          real.get().size(), Yardstick.LABELS);
      Calibration calibration = new Calibration();
      System.out.print(score(model, real.get(), corpus.labels(), calibration).report());
      System.out.println();
      System.out.print(calibration.report());
    }

    if (!withBrand) {
      System.out.println();
    } else if (Files.exists(UK_MOBILE)) {
      for (String column : List.of("subject", "sentiment")) {
        LabelledTexts brand = LabelledTexts.read(UK_MOBILE, "text", column);
        Scores ours = crossValidate(fitter(trainer), brand, 5, 42);
        Scores baseline = crossValidate(Baseline::train, brand, 5, 42);
        System.out.printf(
            Locale.ROOT,
            "%n== 3. uk-mobile %s, 5-fold stratified cross-validation on %d rows ==%n"
                + "careroute  macro-F1 %.3f  accuracy %.3f%n"
                + "baseline   macro-F1 %.3f  accuracy %.3f   (TF-IDF + LinearSVC, same folds)%n",
            column,
            brand.size(),
            ours.macroF1(),
            ours.accuracy(),
            baseline.macroF1(),
            baseline.accuracy());
        System.out.print(ours.report());
      }
    } else {
      System.out.println(UK_MOBILE + " is not here (the shared real data); uk-mobile skipped.");
    }
    System.out.printf("%n(%.1f s)%n", (System.nanoTime() - started) / 1e9);
  }

  private static void header(String label, String how, ModelTrainer trainer, long started) {
    System.out.println("label column: " + label + "; " + how);
    System.out.println("model settings: " + trainer.settings());
    System.out.printf("(%.1f s)%n%n", (System.nanoTime() - started) / 1e9);
  }

  /**
   * The model's scores on these texts; each prediction's confidence goes to {@code calibration}.
   */
  private static Scores score(
      LinearTextModel model, LabelledTexts test, List<String> labels, Calibration calibration) {
    List<String> all = new ArrayList<>(labels);
    all.addAll(test.labels());
    Scores scores = Scores.over(all);
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) {
      LinearTextModel.Prediction p = model.predict(test.texts().get(i));
      predicted.add(p.label());
      if (calibration != null) {
        calibration.add(p.confidence(), p.label().equals(test.labels().get(i)));
      }
    }
    scores.add(test.labels(), predicted);
    return scores;
  }

  private static Fitter fitter(ModelTrainer trainer) {
    return (texts, labels) -> {
      LinearTextModel model = trainer.train(texts, labels, "fold");
      return text -> model.predict(text).label();
    };
  }

  /** Stratified k-fold: each fold holds about 1/k of every label. */
  public static Scores crossValidate(Fitter fitter, LabelledTexts data, int k, long seed) {
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
      LabelledTexts training = data.subset(train);
      Function<String, String> classifier = fitter.apply(training.texts(), training.labels());
      scores.add(test.labels(), test.texts().stream().map(classifier).toList());
    }
    return scores;
  }

  public static Scores trainAndTest(ModelTrainer trainer, LabelledTexts train, LabelledTexts test) {
    LinearTextModel model = trainer.train(train.texts(), train.labels(), "evaluation");
    return score(model, test, train.labels(), null);
  }
}
