package io.careroute.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.SolverType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model with the sentence encoder knows wordings its training texts never used. */
class SentenceMeaningTest {

  /**
   * Texts that share none of the training texts' topic words (broadband, signal, bill, charged…).
   */
  private static final List<String> UNSEEN_FAULT =
      List.of("cannot get online at all", "web access vanished this evening");

  private static final List<String> UNSEEN_BILLING =
      List.of("you took my money again", "payment came out two times");

  @Test
  void with_sentence_meaning_a_model_classifies_wordings_it_never_saw() {
    LinearTextModel model = train(SentenceEncoder.shared());

    assertThat(model.usesSentenceEncoder()).isTrue();
    UNSEEN_FAULT.forEach(t -> assertThat(model.predict(t).label()).as(t).isEqualTo("FAULT"));
    UNSEEN_BILLING.forEach(t -> assertThat(model.predict(t).label()).as(t).isEqualTo("BILLING"));
  }

  @Test
  void without_it_the_same_texts_are_not_all_told_apart() {
    LinearTextModel model = train(null);

    long right =
        UNSEEN_FAULT.stream().filter(t -> model.label(t).equals("FAULT")).count()
            + UNSEEN_BILLING.stream().filter(t -> model.label(t).equals("BILLING")).count();
    assertThat(model.usesSentenceEncoder()).isFalse();
    assertThat(right).isLessThan(4);
  }

  @Test
  void when_meaning_decides_the_explanation_says_so() {
    var prediction = train(SentenceEncoder.shared()).predict("web access vanished this evening");
    assertThat(prediction.topFeatures()).contains(LinearTextModel.MEANING);
  }

  @Test
  void a_written_model_names_its_encoder_and_reads_back_with_the_same_predictions()
      throws Exception {
    LinearTextModel model = train(SentenceEncoder.shared());
    var out = new ByteArrayOutputStream();
    model.write(out);

    LinearTextModel read = LinearTextModel.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read.usesSentenceEncoder()).isTrue();
    for (String text : List.of("cannot get online", "you took my money", "")) {
      assertThat(read.predict(text)).isEqualTo(model.predict(text));
    }
    assertThat(out.size()).as("the encoder itself is not in the file").isLessThan(500_000);
  }

  private static LinearTextModel train(SentenceEncoder encoder) {
    return FaultOrBilling.trainedBy(
        new ModelTrainer(List.of(1.0), List.of(1.0), 1, SolverType.L2R_L2LOSS_SVC_DUAL, encoder),
        "meaning-1");
  }
}
