package io.careroute.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  private final SentenceEncoder encoder = SentenceEncoder.shared();

  @Test
  void an_embedding_has_the_encoders_dimension_and_unit_length() {
    float[] v = encoder.encode("@EE no signal in Leeds since this morning");
    assertThat(v).hasSize(SentenceEncoder.DIMENSION);
    assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void texts_that_mean_the_same_lie_closer_than_texts_that_do_not() {
    float[] down = encoder.encode("my internet is down");
    float[] same = encoder.encode("broadband not working");
    float[] other = encoder.encode("thanks for the great service");
    assertThat(dot(down, same)).isGreaterThan(dot(down, other) + 0.1);
  }

  @Test
  void handles_and_links_do_not_change_what_a_text_means() {
    assertThat(encoder.encode("@ThreeUK @ThreeUKCare no signal https://t.co/abc123"))
        .containsExactly(encoder.encode("no signal"));
  }

  @Test
  void empty_emoji_only_mixed_script_and_very_long_texts_are_encoded() {
    for (String text :
        List.of("", "   ", "😡😡😡", "नेटवर्क down again 😡", "ok ".repeat(5_000), "@EE")) {
      assertThat(encoder.encode(text)).as(text.strip()).hasSize(SentenceEncoder.DIMENSION);
    }
  }

  @Test
  void a_storm_of_the_same_words_from_different_customers_is_encoded_once() {
    String place = "Leeds" + System.nanoTime();
    float[] first = encoder.encode("@BTCare broadband down again in " + place);

    float[] repeat =
        encoder.encode("@BTCare @Openreach  Broadband DOWN again in " + place + " https://t.co/x1");
    float[] different = encoder.encode("@BTCare broadband down again in York" + place);

    assertThat(repeat).isSameAs(first);
    assertThat(different).isNotSameAs(first);
    // Folding case and spacing loses nothing: the encoder is uncased, so a fresh encoding of the
    // repeat as written gives the very same numbers.
    assertThat(encoder.remembering().encode("Broadband   DOWN again in " + place))
        .containsExactly(first);
  }

  @Test
  void a_remembering_encoder_gives_the_same_embeddings_in_order() {
    SentenceEncoder remembering = encoder.remembering();
    float[][] all = remembering.encodeAll(List.of("no signal", "bill too high", "no signal"));
    assertThat(all[0]).containsExactly(encoder.encode("no signal"));
    assertThat(all[1]).containsExactly(encoder.encode("bill too high"));
    assertThat(all[2]).isSameAs(all[0]);
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
