package io.careroute.classify.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Trains a {@link LinearTextModel}: TF-IDF features, with each text's sentence embedding when an
 * encoder is given, then an L2-regularised linear SVM from LIBLINEAR with class weights that
 * balance rare labels against common ones. Given several costs and word weights, it picks the pair
 * with the best macro-F1 in a 3-fold stratified cross-validation on the training texts alone, then
 * trains on all of them: short noisy tweets get strong regularisation, a clean written corpus less,
 * without anyone tuning either by hand.
 */
public final class ModelTrainer implements Trainer {

  /**
   * Names the default settings and the model format: part of the default models' version (with the
   * encoder's name, see {@link #settings()}), so a change to either retrains instead of loading a
   * stale cached model. Bump it with such changes.
   */
  public static final String SETTINGS = "svc-cv3-c4-w3-df2-f2";

  private static final int SELECTION_FOLDS = 3;

  /** The SVM costs to choose among: lower regularises more. */
  private final List<Double> costs;

  /** The weights of word against character features to choose among. */
  private final List<Double> wordWeights;

  /** Character n-grams seen in fewer training texts than this are dropped. */
  private final int minCharDf;

  /** The LIBLINEAR solver. */
  private final SolverType solver;

  /** The sentence encoder whose embeddings join the features, or null for none. */
  private final SentenceEncoder encoder;

  /** One cost and equal weights: no selection, no sentence encoder. */
  public ModelTrainer(double cost, int minCharDf, SolverType solver) {
    this(List.of(cost), List.of(1.0), minCharDf, solver, null);
  }

  public ModelTrainer(
      List<Double> costs,
      List<Double> wordWeights,
      int minCharDf,
      SolverType solver,
      SentenceEncoder encoder) {
    this.costs = List.copyOf(costs);
    this.wordWeights = List.copyOf(wordWeights);
    this.minCharDf = minCharDf;
    this.solver = solver;
    this.encoder = encoder;
  }

  /** The settings the shipped models and the commands use, with or without sentence meaning. */
  public static ModelTrainer defaults(boolean sentenceEncoder) {
    return new ModelTrainer(
        List.of(0.1, 0.3, 1.0, 3.0),
        List.of(0.7, 1.0, 1.5),
        2,
        SolverType.L2R_L2LOSS_SVC_DUAL,
        sentenceEncoder ? SentenceEncoder.shared() : null);
  }

  /** The same settings with this encoder instead, or none (null): word and character features. */
  public ModelTrainer withEncoder(SentenceEncoder encoder) {
    return new ModelTrainer(costs, wordWeights, minCharDf, solver, encoder);
  }

  /** {@link #SETTINGS}, and the sentence encoder's name if there is one. */
  public String settings() {
    return encoder == null ? SETTINGS : SETTINGS + "-" + encoder.name();
  }

  /** The chosen settings: an SVM cost and a word weight. */
  record Settings(double cost, double wordWeight) {}

  @Override
  public LinearTextModel train(List<String> texts, List<String> labels, String version) {
    List<String> names = new ArrayList<>(new TreeSet<>(labels));
    float[][] meaning = encoder == null ? null : encoder.encodeAll(texts);
    Texts all = new Texts(texts, labels, meaning);
    Settings settings =
        costs.size() * wordWeights.size() == 1
            ? new Settings(costs.get(0), wordWeights.get(0))
            : choose(all, names);
    TextVectorizer vectorizer =
        TextVectorizer.fit(texts, minCharDf).withWordWeight(settings.wordWeight());
    Model svm = svm(problem(vectorizer, all, names), names.size(), settings.cost());
    return new LinearTextModel(
        version,
        names,
        vectorizer,
        encoder == null ? null : encoder.forgetful(),
        svm,
        settings.cost());
  }

  /** Training texts with their labels and, if an encoder is used, their embeddings. */
  private record Texts(List<String> texts, List<String> labels, float[][] meaning) {

    int size() {
      return texts.size();
    }

    Feature[] features(TextVectorizer vectorizer, int i) {
      Feature[] words = vectorizer.vectorize(texts.get(i));
      return meaning == null
          ? words
          : LinearTextModel.withMeaning(words, meaning[i], vectorizer.dimension());
    }

    Texts without(Set<Integer> held) {
      int[] kept = IntStream.range(0, size()).filter(i -> !held.contains(i)).toArray();
      return new Texts(
          IntStream.of(kept).mapToObj(texts::get).toList(),
          IntStream.of(kept).mapToObj(labels::get).toList(),
          meaning == null
              ? null
              : IntStream.of(kept).mapToObj(i -> meaning[i]).toArray(float[][]::new));
    }
  }

  /** The settings whose models score the best macro-F1 on held-out folds of the training texts. */
  Settings choose(Texts all, List<String> names) {
    Map<Settings, int[][]> tallies =
        new HashMap<>(); // per label: true positives, predicted, actual
    for (List<Integer> fold : stratifiedFolds(all.labels())) {
      Texts training = all.without(new TreeSet<>(fold));
      TextVectorizer fitted = TextVectorizer.fit(training.texts(), minCharDf);
      for (double wordWeight : wordWeights) {
        TextVectorizer vectorizer = fitted.withWordWeight(wordWeight);
        Problem problem = problem(vectorizer, training, names);
        for (double cost : costs) {
          Model svm = svm(problem, names.size(), cost);
          int[][] tally =
              tallies.computeIfAbsent(
                  new Settings(cost, wordWeight), s -> new int[names.size()][3]);
          for (int i : fold) {
            int predicted = (int) Linear.predict(svm, all.features(vectorizer, i));
            int actual = names.indexOf(all.labels().get(i));
            tally[predicted][1]++;
            tally[actual][2]++;
            if (predicted == actual) {
              tally[actual][0]++;
            }
          }
        }
      }
    }
    Settings best = null;
    double bestScore = -1;
    for (double cost : costs) {
      for (double wordWeight : wordWeights) {
        Settings settings = new Settings(cost, wordWeight);
        double score = macroF1(tallies.get(settings));
        if (score > bestScore + 1e-9) {
          bestScore = score;
          best = settings;
        }
      }
    }
    return best;
  }

  private static double macroF1(int[][] tally) {
    double sum = 0;
    for (int[] t : tally) {
      double precision = t[1] == 0 ? 0 : t[0] / (double) t[1];
      double recall = t[2] == 0 ? 0 : t[0] / (double) t[2];
      sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    return sum / tally.length;
  }

  /** Folds holding about a third of every label each, shuffled with a fixed seed. */
  private static List<List<Integer>> stratifiedFolds(List<String> labels) {
    Map<String, List<Integer>> byLabel = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> folds = new ArrayList<>();
    for (int f = 0; f < SELECTION_FOLDS; f++) {
      folds.add(new ArrayList<>());
    }
    Random random = new Random(7);
    int next = 0;
    for (List<Integer> rows : byLabel.values()) {
      Collections.shuffle(rows, random);
      for (int row : rows) {
        folds.get(next++ % SELECTION_FOLDS).add(row);
      }
    }
    return folds;
  }

  private static Problem problem(TextVectorizer vectorizer, Texts texts, List<String> names) {
    Problem problem = new Problem();
    problem.l = texts.size();
    problem.n = vectorizer.dimension() + (texts.meaning() == null ? 0 : SentenceEncoder.DIMENSION);
    problem.x = new Feature[texts.size()][];
    problem.y = new double[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      problem.x[i] = texts.features(vectorizer, i);
      problem.y[i] = names.indexOf(texts.labels().get(i));
    }
    return problem;
  }

  /** The SVM, with class weights inversely proportional to each label's frequency. */
  private Model svm(Problem problem, int classes, double cost) {
    Linear.disableDebugOutput();
    int[] counts = new int[classes];
    for (double y : problem.y) {
      counts[(int) y]++;
    }
    Parameter parameter = new Parameter(solver, cost, 0.1);
    double[] weights = new double[classes];
    int[] weightLabels = new int[classes];
    for (int c = 0; c < classes; c++) {
      weightLabels[c] = c;
      weights[c] = counts[c] == 0 ? 1 : problem.l / (double) (classes * counts[c]);
    }
    parameter.setWeights(weights, weightLabels);
    return Linear.train(problem, parameter);
  }
}
