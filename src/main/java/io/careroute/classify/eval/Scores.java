package io.careroute.classify.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Accuracy, macro-F1, per-class precision, recall and F1, and the confusion matrix. */
public final class Scores {

  private final List<String> labels;
  private final long[][] confusion;

  public Scores(List<String> gold, List<String> predicted) {
    TreeSet<String> all = new TreeSet<>(gold);
    all.addAll(predicted);
    labels = new ArrayList<>(all);
    confusion = new long[labels.size()][labels.size()];
    add(gold, predicted);
  }

  private Scores(List<String> labels) {
    this.labels = labels;
    this.confusion = new long[labels.size()][labels.size()];
  }

  /** An empty tally over these labels, to add folds to. */
  public static Scores over(List<String> labels) {
    return new Scores(new ArrayList<>(new TreeSet<>(labels)));
  }

  public void add(List<String> gold, List<String> predicted) {
    for (int i = 0; i < gold.size(); i++) {
      confusion[labels.indexOf(gold.get(i))][labels.indexOf(predicted.get(i))]++;
    }
  }

  public double accuracy() {
    long right = 0;
    long all = 0;
    for (int g = 0; g < labels.size(); g++) {
      for (int p = 0; p < labels.size(); p++) {
        all += confusion[g][p];
        if (g == p) {
          right += confusion[g][p];
        }
      }
    }
    return all == 0 ? 0 : right / (double) all;
  }

  public double macroF1() {
    double sum = 0;
    for (int c = 0; c < labels.size(); c++) {
      sum += f1(c);
    }
    return labels.isEmpty() ? 0 : sum / labels.size();
  }

  private double precision(int c) {
    long predicted = 0;
    for (int g = 0; g < labels.size(); g++) {
      predicted += confusion[g][c];
    }
    return predicted == 0 ? 0 : confusion[c][c] / (double) predicted;
  }

  private double recall(int c) {
    long support = support(c);
    return support == 0 ? 0 : confusion[c][c] / (double) support;
  }

  private long support(int c) {
    long support = 0;
    for (int p = 0; p < labels.size(); p++) {
      support += confusion[c][p];
    }
    return support;
  }

  private double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A plain-text report. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(Locale.ROOT, "accuracy  %.3f%nmacro-F1  %.3f%n%n", accuracy(), macroF1()));
    int width = Math.max(8, labels.stream().mapToInt(String::length).max().orElse(8));
    out.append(
        String.format(
            Locale.ROOT, "%-" + width + "s  precision  recall  f1     support%n", "class"));
    for (int c = 0; c < labels.size(); c++) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %.3f      %.3f   %.3f  %d%n",
              labels.get(c),
              precision(c),
              recall(c),
              f1(c),
              support(c)));
    }
    out.append(String.format("%nconfusion matrix (rows: true, columns: predicted)%n"));
    out.append(String.format("%-" + width + "s", ""));
    for (int c = 0; c < labels.size(); c++) {
      out.append(String.format(" %6s", abbreviate(labels.get(c))));
    }
    out.append(System.lineSeparator());
    for (int g = 0; g < labels.size(); g++) {
      out.append(String.format("%-" + width + "s", labels.get(g)));
      for (int p = 0; p < labels.size(); p++) {
        out.append(String.format(" %6d", confusion[g][p]));
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String abbreviate(String label) {
    return label.length() <= 6 ? label : label.substring(0, 6);
  }
}
