package io.careroute.classify.model;

import java.util.ArrayList;
import java.util.List;

/** A tiny two-label training set for the model tests: faults against billing questions. */
final class FaultOrBilling {

  static final List<String> FAULT =
      List.of(
          "broadband down again",
          "no signal all day",
          "wifi keeps dropping",
          "line is dead",
          "internet not working since monday",
          "router lights flashing orange, no connection");
  static final List<String> BILLING =
      List.of(
          "charged twice this month",
          "my bill went up",
          "refund still not paid",
          "why is my bill so high",
          "overcharged on my last invoice",
          "direct debit taken twice");

  private FaultOrBilling() {}

  /** The trainer's model of both lists, under this version. */
  static LinearTextModel trainedBy(ModelTrainer trainer, String version) {
    List<String> texts = new ArrayList<>(FAULT);
    texts.addAll(BILLING);
    List<String> labels = new ArrayList<>();
    FAULT.forEach(t -> labels.add("FAULT"));
    BILLING.forEach(t -> labels.add("BILLING"));
    return trainer.train(texts, labels, version);
  }
}
