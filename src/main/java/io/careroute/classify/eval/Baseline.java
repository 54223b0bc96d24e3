package io.careroute.classify.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline the classifier must beat: TF-IDF of words (lower-cased tokens of two or more
 * word characters, smoothed idf, L2-normalised, as scikit-learn's {@code TfidfVectorizer} does by
 * default) and a linear SVM with cost 1 and a bias (as {@code LinearSVC}).
 */
public final class Baseline {

  private static final Pattern TOKEN = Pattern.compile("(?U)\\b\\w\\w+\\b");

  private Baseline() {}

  /** Trains on these texts and returns the classifier. */
  public static Function<String, String> train(List<String> texts, List<String> labels) {
    List<String> names = new ArrayList<>(new TreeSet<>(labels));
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (String text : texts) {
      Map<String, Integer> tf = termCounts(text);
      counts.add(tf);
      tf.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
    }
    Map<String, Integer> index = new HashMap<>();
    new TreeSet<>(df.keySet()).forEach(term -> index.put(term, index.size() + 1));
    double[] idf = new double[index.size() + 1];
    df.forEach(
        (term, n) -> idf[index.get(term)] = Math.log((1.0 + texts.size()) / (1.0 + n)) + 1.0);
    Problem problem = new Problem();
    problem.l = texts.size();
    problem.n = index.size() + 1;
    problem.bias = 1;
    problem.x = new Feature[texts.size()][];
    problem.y = new double[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      problem.x[i] = vector(counts.get(i), index, idf);
      problem.y[i] = names.indexOf(labels.get(i));
    }
    Linear.disableDebugOutput();
    Model svm = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 1.0, 0.01));
    return text -> names.get((int) Linear.predict(svm, vector(termCounts(text), index, idf)));
  }

  private static Map<String, Integer> termCounts(String text) {
    Map<String, Integer> tf = new HashMap<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tf.merge(m.group(), 1, Integer::sum);
    }
    return tf;
  }

  /** The L2-normalised TF-IDF vector, then the bias feature. */
  private static Feature[] vector(
      Map<String, Integer> tf, Map<String, Integer> index, double[] idf) {
    TreeMap<Integer, Double> weights = new TreeMap<>();
    double norm = 0;
    for (var e : tf.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i != null) {
        double w = e.getValue() * idf[i];
        weights.put(i, w);
        norm += w * w;
      }
    }
    double length = Math.sqrt(norm);
    List<Feature> features = new ArrayList<>();
    weights.forEach((i, w) -> features.add(new FeatureNode(i, length == 0 ? 0 : w / length)));
    features.add(new FeatureNode(idf.length, 1.0));
    return features.toArray(Feature[]::new);
  }
}
