package io.careroute.classify.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.messaging.PiiFinding;
import io.careroute.testing.Growth;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {

  private static final Pattern ACCOUNT = Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN);
  private static final PiiDetector DETECTOR =
      new PiiDetector(List.of(ACCOUNT), List.of("0800 800 150", "help@northwave.example"));

  @Test
  void uk_mobile_and_landline_numbers_are_phones() {
    assertFinds("call me on 07700 900123 please", "PHONE", "07700 900123");
    assertFinds("ring 020 7946 0018 after 5", "PHONE", "020 7946 0018");
    assertFinds("my number is +44 7700 900456", "PHONE", "+44 7700 900456");
    assertFinds("(01632) 960123 is the house phone", "PHONE", "(01632) 960123");
  }

  @Test
  void international_numbers_are_phones() {
    assertFinds("whatsapp me +48 601 234 567", "PHONE", "+48 601 234 567");
    assertFinds("roaming on +1-202-555-0143 now", "PHONE", "+1-202-555-0143");
  }

  @Test
  void short_numbers_prices_times_and_dates_are_not_phones() {
    assertNone("paid £45.99 on 12/11/2026 at 14:30, ref 4471");
    assertNone("3rd time this week, 100mbps promised, got 12");
  }

  @Test
  void email_addresses_are_found_but_handles_are_not() {
    assertFinds("email jo.bloggs+care@example.com thanks", "EMAIL", "jo.bloggs+care@example.com");
    assertNone("@btcare @jo_bloggs sort it out");
  }

  @Test
  void uk_postcodes_are_found_in_any_case_and_spacing() {
    assertFinds("engineer never came to LS1 4AP", "POSTCODE", "LS1 4AP");
    assertFinds("outage in sw1a1aa again", "POSTCODE", "sw1a1aa");
    assertFinds("I'm in M1 1AE", "POSTCODE", "M1 1AE");
  }

  @Test
  void words_that_look_like_postcodes_are_not() {
    assertNone("got 5G on my A52 phone, 4K tv");
  }

  @Test
  void a_luhn_valid_card_number_is_a_card() {
    assertFinds("card 4111 1111 1111 1111 was charged twice", "CARD", "4111 1111 1111 1111");
    assertFinds("5555-5555-5555-4444 declined", "CARD", "5555-5555-5555-4444");
  }

  @Test
  void an_order_number_is_not_a_card_number() {
    assertNone("order 4111111111111112 still not here"); // fails the Luhn check
    assertNone("order 1000000000000008 still not here"); // no card network starts with 1
  }

  @Test
  void an_account_number_after_the_word_account_is_found() {
    assertFinds("my account number is NW-12345678", "ACCOUNT", "NW-12345678");
    assertFinds("acc no: 99887766 pls check", "ACCOUNT", "99887766");
  }

  @Test
  void a_number_without_account_context_is_not_an_account() {
    assertNone("waited 12345678 years for this");
  }

  @Test
  void the_brands_own_public_number_and_address_are_not_findings() {
    assertNone("call 0800 800 150 or email help@northwave.example");
    assertNone("call +44 800 800 150");
    assertFinds("call 0800 800 151 instead", "PHONE", "0800 800 151");
  }

  @Test
  void spans_point_at_the_data_and_several_findings_come_in_order() {
    String text = "jo@example.com / 07700 900999 / LS1 4AP";
    List<PiiFinding> findings = DETECTOR.find(text);
    assertThat(findings).extracting(PiiFinding::type).containsExactly("EMAIL", "PHONE", "POSTCODE");
    assertThat(findings)
        .extracting(f -> text.substring(f.start(), f.end()))
        .containsExactly("jo@example.com", "07700 900999", "LS1 4AP");
  }

  @Test
  void invisible_and_unusual_characters_inside_a_number_hide_nothing() {
    assertFinds("call 07700\u00A0900\u00A0123", "PHONE", "07700\u00A0900\u00A0123");
    assertFinds("call 0770\u200B0 900123 now", "PHONE", "0770\u200B0 900123");
    assertFinds("call 07700 90\u00AD0123 now", "PHONE", "07700 90\u00AD0123");
    assertFinds(
        "call \uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF11\uFF12\uFF13",
        "PHONE",
        "\uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF11\uFF12\uFF13");
    assertFinds(
        "call \u0660\u0667\u0667\u0660\u0660\u0669\u0660\u0660\u0661\u0662\u0663 now",
        "PHONE",
        "\u0660\u0667\u0667\u0660\u0660\u0669\u0660\u0660\u0661\u0662\u0663");
    assertFinds("ring 07700 9OO l23 later", "PHONE", "07700 9OO l23");
  }

  @Test
  void numbers_written_with_other_separators_and_prefixes_are_phones() {
    assertFinds("call 07700.900.123 today", "PHONE", "07700.900.123");
    assertFinds("call 07700 - 900 123 today", "PHONE", "07700 - 900 123");
    assertFinds("call 0044 7700 900123 today", "PHONE", "0044 7700 900123");
    assertFinds("call +1 (415) 555-2671 today", "PHONE", "+1 (415) 555-2671");
    assertFinds("call +44 (0)7700 900123 today", "PHONE", "+44 (0)7700 900123");
  }

  @Test
  void spelled_out_and_spaced_email_addresses_are_found() {
    assertFinds("write to jo at example dot com", "EMAIL", "jo at example dot com");
    assertFinds("write to jo[at]example[dot]com", "EMAIL", "jo[at]example[dot]com");
    assertFinds("write to jo @ example.com", "EMAIL", "jo @ example.com");
    assertFinds("write to zoë@example.com", "EMAIL", "zoë@example.com");
    assertFinds(
        "write to jo (at) example (dot) co (dot) uk", "EMAIL", "jo (at) example (dot) co (dot) uk");
  }

  @Test
  void ordinary_sentences_with_at_and_dot_are_not_addresses() {
    assertNone("have a look at bt.com/help for the steps");
    assertNone("the engineer will be at home by noon, look at the dot on your hub");
    assertNone("Hi @jobloggs. We're on it");
  }

  @Test
  void postcodes_with_a_hyphen_or_two_spaces_are_postcodes() {
    assertFinds("engineer to LS1-4AP", "POSTCODE", "LS1-4AP");
    assertFinds("engineer to LS1  4AP", "POSTCODE", "LS1  4AP");
  }

  @Test
  void a_card_number_with_dots_is_a_card() {
    assertFinds("card 4111.1111.1111.1111 please", "CARD", "4111.1111.1111.1111");
  }

  @Test
  void account_and_customer_numbers_in_other_words_are_accounts() {
    assertFinds("account ending 12345678 is mine", "ACCOUNT", "12345678");
    assertFinds("customer number 12345678 is mine", "ACCOUNT", "12345678");
  }

  @Test
  void ten_thousand_spaces_after_account_are_read_in_linear_time() {
    String hostile = "account" + " ".repeat(10_000) + "x";
    DETECTOR.find(hostile); // warm up
    long started = System.nanoTime();
    List<PiiFinding> findings = DETECTOR.find(hostile);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(findings).isEmpty();
    assertThat(millis).as("milliseconds for 10,000 spaces after 'account'").isLessThan(50);
  }

  @Test
  void long_runs_of_every_pattern_shape_are_read_in_linear_time() {
    for (String unit : List.of("a", "1 ", "a.", "a at ", "1-", "(", "account no ", "A1 ")) {
      double growth = Growth.fourfold(n -> unit.repeat(n / unit.length()), DETECTOR::find, 5_000);
      assertThat(growth).as("time on 20,000 over 5,000 characters of '" + unit + "'").isLessThan(8);
    }
  }

  private static void assertFinds(String text, String type, String value) {
    List<PiiFinding> findings = DETECTOR.find(text);
    assertThat(findings).as(text).hasSize(1);
    assertThat(findings.get(0).type()).as(text).isEqualTo(type);
    assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo(value);
  }

  private static void assertNone(String text) {
    assertThat(DETECTOR.find(text)).as(text).isEmpty();
  }
}
