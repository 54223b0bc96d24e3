package io.careroute.classify.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.messaging.PiiFinding;
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
