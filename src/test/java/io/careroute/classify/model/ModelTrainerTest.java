package io.careroute.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

  @Test
  void a_trained_model_tells_the_labels_apart_on_unseen_texts() {
    LinearTextModel model = train();

    assertThat(model.predict("internet down and no signal").label()).isEqualTo("FAULT");
    assertThat(model.predict("you charged me twice, refund please").label()).isEqualTo("BILLING");
    assertThat(model.labels()).containsExactly("BILLING", "FAULT");
  }

  @Test
  void a_prediction_explains_itself_with_the_features_that_weighed_most() {
    LinearTextModel model = train();
    var billing = model.predict("my bill is wrong");

    assertThat(billing.label()).isEqualTo("BILLING");
    assertThat(billing.topFeatures()).isNotEmpty().anyMatch(f -> f.contains("bill"));
    // Words from both lists make it less sure than words from one.
    assertThat(model.predict("my bill is wrong and the line is dead").confidence())
        .isLessThan(billing.confidence());
  }

  @Test
  void a_written_model_reads_back_with_the_same_predictions_and_version() throws Exception {
    LinearTextModel model = train();
    var out = new ByteArrayOutputStream();
    model.write(out);

    LinearTextModel read = LinearTextModel.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read.version()).isEqualTo("test-1");
    for (String text : List.of("no signal", "refund me", "ok then")) {
      assertThat(read.predict(text)).isEqualTo(model.predict(text));
    }
  }

  @Test
  void empty_emoji_only_and_very_long_texts_are_classified_without_error() {
    LinearTextModel model = train();

    // Nothing it learnt is in these texts, so nothing explains their label.
    assertThat(model.predict("").topFeatures()).isEmpty();
    assertThat(model.predict("😡😡😡").topFeatures()).isEmpty();
    assertThat(model.predict("bill ".repeat(2_000)).label()).isEqualTo("BILLING");
  }

  @Test
  void cross_validation_chooses_a_cost_by_its_score_not_by_where_it_is_listed() {
    List<Double> chosen = new ArrayList<>();
    for (List<Double> costs : List.of(List.of(1e-9, 1.0), List.of(1.0, 1e-9))) {
      ModelTrainer trainer =
          new ModelTrainer(
              costs, List.of(1.0), 1, de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL, null);

      LinearTextModel first = FaultOrBilling.trainedBy(trainer, "cv-1");
      LinearTextModel second = FaultOrBilling.trainedBy(trainer, "cv-2");

      assertThat(second.cost()).as("the same folds each time").isEqualTo(first.cost());
      assertThat(first.predict("no signal and the line is dead").label()).isEqualTo("FAULT");
      chosen.add(first.cost());
    }

    assertThat(chosen.get(1))
        .as("the same cost, whichever is listed first")
        .isEqualTo(chosen.get(0));
  }

  private static LinearTextModel train() {
    return FaultOrBilling.trainedBy(
        new ModelTrainer(1.0, 1, de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL), "test-1");
  }
}
