package io.careroute.classify.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  private static final LanguageDetection DETECTION =
      new LanguageDetection(List.of("en", "cy", "pl", "es", "fr", "ro", "ur"));

  @Test
  void common_languages_of_uk_customers_are_told_apart() {
    assertThat(DETECTION.detect("@brand my broadband has been down since Monday morning", null))
        .isEqualTo("en");
    assertThat(DETECTION.detect("Dw i wedi aros tair wythnos am osod y band eang", null))
        .isEqualTo("cy");
    assertThat(DETECTION.detect("Dzień dobry, internet nie działa od wczoraj wieczorem", null))
        .isEqualTo("pl");
    assertThat(DETECTION.detect("Hola, no tengo señal en el móvil desde ayer por la tarde", null))
        .isEqualTo("es");
  }

  @Test
  void the_platforms_tag_wins_when_it_names_a_configured_language() {
    assertThat(DETECTION.detect("ok", "fr")).isEqualTo("fr");
    assertThat(DETECTION.detect("ok", "en-GB")).isEqualTo("en");
  }

  @Test
  void emoji_only_handles_only_or_empty_texts_fall_back_to_the_first_language() {
    assertThat(DETECTION.detect("😡😡😡", null)).isEqualTo("en");
    assertThat(DETECTION.detect("@brand @other https://t.co/x", null)).isEqualTo("en");
    assertThat(DETECTION.detect("", "xx")).isEqualTo("en");
  }

  @Test
  void a_long_mixed_script_text_is_classified_without_error() {
    String text = "Internet not working انٹرنیٹ کام نہیں کر رہا ".repeat(300);
    assertThat(DETECTION.detect(text, null)).isIn("en", "ur");
  }
}
