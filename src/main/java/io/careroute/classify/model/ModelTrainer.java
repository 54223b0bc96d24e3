package io.careroute.classify.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains a {@link LinearTextModel}: TF-IDF features, then an L2-regularised linear SVM from
 * LIBLINEAR with class weights that balance rare labels against common ones.
 */
public final class ModelTrainer {

  /**
   * Names the default settings and the model format: part of the default models' version, so a
   * change to either retrains instead of loading a stale cached model. Bump it with such changes.
   */
  public static final String SETTINGS = "svc-c0.1-df2-f1";

  /** The SVM's cost: lower regularises more. */
  private final double cost;

  /** Character n-grams seen in fewer training texts than this are dropped. */
  private final int minCharDf;

  /** The LIBLINEAR solver. */
  private final SolverType solver;

  public ModelTrainer(double cost, int minCharDf, SolverType solver) {
    this.cost = cost;
    this.minCharDf = minCharDf;
    this.solver = solver;
  }

  /** The settings the shipped models and the evaluation command use. */
  public static ModelTrainer defaults() {
    return new ModelTrainer(0.1, 2, SolverType.L2R_L2LOSS_SVC_DUAL);
  }

  public LinearTextModel train(List<String> texts, List<String> labels, String version) {
    Linear.disableDebugOutput();
    List<String> names = new ArrayList<>(new TreeSet<>(labels));
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), i);
    }
    TextVectorizer vectorizer = TextVectorizer.fit(texts, minCharDf);
    Problem problem = new Problem();
    problem.l = texts.size();
    problem.n = vectorizer.dimension();
    problem.x = new Feature[texts.size()][];
    problem.y = new double[texts.size()];
    int[] counts = new int[names.size()];
    for (int i = 0; i < texts.size(); i++) {
      problem.x[i] = vectorizer.vectorize(texts.get(i));
      int id = ids.get(labels.get(i));
      problem.y[i] = id;
      counts[id]++;
    }
    Parameter parameter = new Parameter(solver, cost, 0.1);
    double[] weights = new double[names.size()];
    int[] weightLabels = new int[names.size()];
    for (int c = 0; c < names.size(); c++) {
      weightLabels[c] = c;
      weights[c] = texts.size() / (double) (names.size() * counts[c]);
    }
    parameter.setWeights(weights, weightLabels);
    return new LinearTextModel(version, names, vectorizer, Linear.train(problem, parameter));
  }
}
