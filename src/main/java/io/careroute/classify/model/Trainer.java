package io.careroute.classify.model;

import java.util.List;

/**
 * Something that trains a text model from labelled texts: the seam the model cache trains through.
 */
@FunctionalInterface
interface Trainer {

  /** A model of these texts and their labels, under this version. */
  LinearTextModel train(List<String> texts, List<String> labels, String version);
}
