package io.careroute.classify.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained text classifier: the vectorizer, optionally the sentence encoder, a LIBLINEAR linear
 * SVM over their features, the label names, and a version recorded on every classification it
 * makes.
 */
public final class LinearTextModel implements Serializable {

  // Still 1: the encoder's name was added compatibly, and a model written before it reads as one
  // without an encoder, which it is.
  private static final long serialVersionUID = 1L;

  /** How an explanation names the sentence encoder's share of the decision. */
  static final String MEANING = "(overall meaning)";

  private final String version;
  private final List<String> labels;
  private final TextVectorizer vectorizer;
  private final Model svm;
  private final double cost;

  /** The sentence encoder's name, or null for word and character features alone. */
  private final String encoderName;

  private transient SentenceEncoder encoder;
  private transient Map<Integer, String> featureNames;
  private transient double[] weights;

  LinearTextModel(
      String version,
      List<String> labels,
      TextVectorizer vectorizer,
      SentenceEncoder encoder,
      Model svm,
      double cost) {
    this.version = version;
    this.labels = List.copyOf(labels);
    this.vectorizer = vectorizer;
    this.encoder = encoder;
    this.encoderName = encoder == null ? null : encoder.name();
    this.svm = svm;
    this.cost = cost;
  }

  /** The label, a confidence in [0, 1], and the features that weighed most for it. */
  public record Prediction(String label, double confidence, List<String> topFeatures) {}

  public String version() {
    return version;
  }

  /** The SVM cost it was trained with. */
  public double cost() {
    return cost;
  }

  /** Whether the model reads sentence meaning as well as words and characters. */
  public boolean usesSentenceEncoder() {
    return encoderName != null;
  }

  /** The label alone, without confidence or explanation. */
  public String label(String text) {
    double label = Linear.predict(svm, features(text));
    return labels.get((int) label);
  }

  /** The labels this model can give, in training order. */
  public List<String> labels() {
    return labels;
  }

  /** Classifies one text. */
  public Prediction predict(String text) {
    Feature[] x = features(text);
    int classes = svm.getNrClass();
    double[] decision = new double[classes];
    Linear.predictValues(svm, x, decision);
    int[] order = svm.getLabels();
    int best;
    double[] scores;
    if (classes == 2) {
      best = decision[0] > 0 ? 0 : 1;
      scores = new double[] {decision[0], -decision[0]};
    } else {
      best = 0;
      for (int c = 1; c < classes; c++) {
        if (decision[c] > decision[best]) {
          best = c;
        }
      }
      scores = decision;
    }
    String label = labels.get(order[best]);
    return new Prediction(label, softmax(scores, best), topFeatures(x, best, classes));
  }

  /** A smooth confidence from the decision values: the softmax share of the winning class. */
  private static double softmax(double[] scores, int best) {
    double max = scores[best];
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(3 * (s - max));
    }
    return 1 / sum;
  }

  /** The text's features: its TF-IDF vector, then its sentence embedding if the model uses one. */
  private Feature[] features(String text) {
    Feature[] words = vectorizer.vectorize(text);
    if (encoderName == null) {
      return words;
    }
    if (encoder == null) {
      encoder = SentenceEncoder.shared(SentenceEncoder.Kind.named(encoderName));
    }
    return withMeaning(words, encoder.encode(text), vectorizer.dimension());
  }

  /** The sparse features followed by the embedding, at indices after {@code dimension}. */
  static Feature[] withMeaning(Feature[] words, float[] meaning, int dimension) {
    Feature[] all = Arrays.copyOf(words, words.length + meaning.length);
    for (int i = 0; i < meaning.length; i++) {
      all[words.length + i] = new FeatureNode(dimension + 1 + i, meaning[i]);
    }
    return all;
  }

  private List<String> topFeatures(Feature[] x, int classIndex, int classes) {
    double[] w = weights();
    int columns = classes == 2 ? 1 : classes;
    int column = classes == 2 ? 0 : classIndex;
    double sign = classes == 2 && classIndex == 1 ? -1 : 1;
    List<double[]> contributions = new ArrayList<>();
    double meaning = 0;
    for (Feature f : x) {
      double weight = w[(f.getIndex() - 1) * columns + column] * sign;
      if (f.getIndex() > vectorizer.dimension()) {
        meaning += weight * f.getValue();
      } else {
        contributions.add(new double[] {f.getIndex(), weight * f.getValue()});
      }
    }
    if (usesSentenceEncoder()) {
      contributions.add(new double[] {0, meaning});
    }
    contributions.sort(Comparator.comparingDouble((double[] c) -> c[1]).reversed());
    Map<Integer, String> names = featureNames();
    List<String> top = new ArrayList<>();
    for (double[] c : contributions) {
      if (c[1] <= 0 || top.size() == 3) {
        break;
      }
      String shown = c[0] == 0 ? MEANING : wellFormed(names.get((int) c[0]).substring(2).trim());
      if (shown.isEmpty()) {
        continue;
      }
      // A shorter n-gram inside a longer one says nothing new; the meaning is never such a part.
      boolean repeats =
          !shown.equals(MEANING)
              && top.stream()
                  .anyMatch(t -> !t.equals(MEANING) && (t.contains(shown) || shown.contains(t)));
      if (!repeats) {
        top.add(shown);
      }
    }
    return top;
  }

  /**
   * The n-gram without half of a surrogate pair: character n-grams are cut from UTF-16, so one can
   * hold half an emoji, and a string with a lone surrogate cannot be written as UTF-8 JSON (a
   * classified record carrying one would be unreadable downstream).
   */
  static String wellFormed(String gram) {
    StringBuilder out = new StringBuilder(gram.length());
    for (int i = 0; i < gram.length(); i++) {
      char c = gram.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < gram.length()
          && Character.isLowSurrogate(gram.charAt(i + 1))) {
        out.append(c).append(gram.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString().trim();
  }

  /** The SVM's weights, read once: LIBLINEAR's getter copies the whole array on every call. */
  private double[] weights() {
    if (weights == null) {
      weights = svm.getFeatureWeights();
    }
    return weights;
  }

  private Map<Integer, String> featureNames() {
    if (featureNames == null) {
      featureNames = vectorizer.index();
    }
    return featureNames;
  }

  /** Writes the model, compressed. */
  public void write(OutputStream out) throws IOException {
    try (ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(out))) {
      objects.writeObject(this);
    }
  }

  /**
   * What a model file may contain: careroute's model classes, LIBLINEAR's, and the JDK's
   * collections, strings, numbers and arrays. Anything else (a gadget chain planted in a model
   * file) is refused before it is instantiated.
   */
  static final ObjectInputFilter MODEL_CLASSES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=32;maxbytes=2147483647;io.careroute.classify.model.*;"
              + "de.bwaldvogel.liblinear.*;java.util.*;java.util.regex.*;java.lang.*;!*");

  /** Reads a model written by {@link #write}; only the classes a model is made of are read. */
  public static LinearTextModel read(InputStream in) throws IOException {
    try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
      objects.setObjectInputFilter(MODEL_CLASSES);
      return (LinearTextModel) objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("Not a careroute model", e);
    }
  }
}
