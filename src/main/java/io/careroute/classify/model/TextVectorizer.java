package io.careroute.classify.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns short social texts into TF-IDF vectors of word 1–2-grams and character 2–5-grams inside
 * word boundaries: the standard features for tweets, learned from the training texts alone.
 */
public final class TextVectorizer implements Serializable {

  private static final long serialVersionUID = 2L;
  private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Pattern TOKEN =
      Pattern.compile("[@#]?[\\p{L}\\p{N}][\\p{L}\\p{N}'’_]*|[\\p{So}\\p{Sk}!?£$€%]");

  private final Map<String, Integer> vocabulary;
  private final double[] idf;
  private final BitSet wordFeatures = new BitSet();

  /** The vocabulary for lookups, built on first use (also after a model is read back). */
  private transient volatile TermIndex termIndex;

  /** How much the word family weighs against the character family (each L2-normalised). */
  private final double wordWeight;

  private TextVectorizer(Map<String, Integer> vocabulary, double[] idf, double wordWeight) {
    this.vocabulary = vocabulary;
    this.idf = idf;
    this.wordWeight = wordWeight;
    vocabulary.forEach(
        (term, index) -> {
          if (term.startsWith("w:")) {
            wordFeatures.set(index);
          }
        });
  }

  /** Learns the vocabulary and inverse document frequencies from these texts. */
  public static TextVectorizer fit(List<String> texts, int minCharDf) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String text : texts) {
      for (String term : terms(text).keySet()) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    List<Double> idf = new ArrayList<>();
    int n = texts.size();
    new TreeMap<>(documentFrequency)
        .forEach(
            (term, df) -> {
              if (term.startsWith("w:") || df >= minCharDf) {
                vocabulary.put(term, vocabulary.size() + 1);
                idf.add(Math.log((1.0 + n) / (1.0 + df)) + 1.0);
              }
            });
    return new TextVectorizer(
        vocabulary, idf.stream().mapToDouble(Double::doubleValue).toArray(), 1.0);
  }

  /** The same vocabulary with the word family weighted {@code weight} against the characters. */
  public TextVectorizer withWordWeight(double weight) {
    TextVectorizer weighted = new TextVectorizer(vocabulary, idf, weight);
    weighted.termIndex = termIndex(); // the same vocabulary: its index is built once
    return weighted;
  }

  /** The number of features; liblinear's feature indices run from 1 to this. */
  public int dimension() {
    return idf.length;
  }

  /** The term behind a feature index, for explanations. */
  public Map<Integer, String> index() {
    Map<Integer, String> index = new HashMap<>();
    vocabulary.forEach((term, i) -> index.put(i, term));
    return index;
  }

  /** The text as a sparse, L2-normalised (per feature family) TF-IDF vector. */
  public Feature[] vectorize(String text) {
    int[] indices = knownTermIndices(tokens(text));
    Arrays.sort(indices);
    int distinct = 0;
    for (int k = 0; k < indices.length; k++) {
      if (k == 0 || indices[k] != indices[k - 1]) {
        distinct++;
      }
    }
    int[] index = new int[distinct];
    double[] value = new double[distinct];
    double wordNorm = 0;
    double charNorm = 0;
    int d = -1;
    for (int k = 0; k < indices.length; k++) {
      if (k == 0 || indices[k] != indices[k - 1]) {
        index[++d] = indices[k];
      }
      value[d]++;
    }
    for (int k = 0; k < distinct; k++) {
      value[k] = (1 + Math.log(value[k])) * idf[index[k] - 1];
      if (wordFeatures.get(index[k])) {
        wordNorm += value[k] * value[k];
      } else {
        charNorm += value[k] * value[k];
      }
    }
    double w = (wordNorm == 0 ? 1 : Math.sqrt(wordNorm)) / wordWeight;
    double c = charNorm == 0 ? 1 : Math.sqrt(charNorm);
    Feature[] features = new Feature[distinct];
    for (int k = 0; k < distinct; k++) {
      features[k] = new FeatureNode(index[k], value[k] / (wordFeatures.get(index[k]) ? w : c));
    }
    return features;
  }

  /** The vocabulary index of every known term occurrence, unsorted and with repeats. */
  private int[] knownTermIndices(List<String> tokens) {
    TermIndex index = termIndex();
    int[] found = new int[64];
    int size = 0;
    long words = TermIndex.hash(TermIndex.start(), "w:", 0, 2);
    long chars = TermIndex.hash(TermIndex.start(), "c:", 0, 2);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      long word = TermIndex.hash(words, token, 0, token.length());
      size = add(found, size, index.get(word));
      found = grow(found, size);
      if (i + 1 < tokens.size()) {
        String next = tokens.get(i + 1);
        long pair = TermIndex.hash(TermIndex.hash(word, ' '), next, 0, next.length());
        size = add(found, size, index.get(pair));
        found = grow(found, size);
      }
      // The character n-grams of " token ", the spaces marking the word's edges.
      int length = token.length() + 2;
      for (int n = 2; n <= 5; n++) {
        for (int from = 0; from + n <= length; from++) {
          long gram = chars;
          for (int k = from; k < from + n; k++) {
            gram = TermIndex.hash(gram, k == 0 || k == length - 1 ? ' ' : token.charAt(k - 1));
          }
          size = add(found, size, index.get(gram));
          found = grow(found, size);
        }
      }
    }
    return Arrays.copyOf(found, size);
  }

  private TermIndex termIndex() {
    TermIndex index = termIndex;
    if (index == null) {
      index = TermIndex.of(vocabulary);
      termIndex = index;
    }
    return index;
  }

  private static int add(int[] found, int size, int index) {
    if (index == 0) {
      return size;
    }
    found[size] = index;
    return size + 1;
  }

  private static int[] grow(int[] found, int size) {
    return size < found.length ? found : Arrays.copyOf(found, found.length * 2);
  }

  /** Word uni- and bigrams (prefixed w:) and character 2–5-grams within words (prefixed c:). */
  static Map<String, Integer> terms(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> terms = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      terms.merge("w:" + tokens.get(i), 1, Integer::sum);
      if (i + 1 < tokens.size()) {
        terms.merge("w:" + tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
      }
      String padded = " " + tokens.get(i) + " ";
      for (int n = 2; n <= 5; n++) {
        for (int start = 0; start + n <= padded.length(); start++) {
          terms.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
        }
      }
    }
    return terms;
  }

  /** Lower-cased tokens; links become one token, HTML entities their characters. */
  static List<String> tokens(String text) {
    String cleaned =
        URL.matcher(text.toLowerCase(Locale.ROOT))
            .replaceAll(" httpurl ")
            .replaceAll("(\\p{L})\\1{2,}", "$1$1")
            .replaceAll("\\p{N}", "0")
            .replace("&amp;", "&")
            .replace("&gt;", ">")
            .replace("&lt;", "<");
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(cleaned);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
