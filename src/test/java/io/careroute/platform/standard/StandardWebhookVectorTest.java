package io.careroute.platform.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * careroute's verification against the example the Standard Webhooks specification publishes (the
 * same one its reference libraries test with), not against a test copy of the algorithm.
 */
class StandardWebhookVectorTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final String TIMESTAMP = "1614265330";
  private static final String BODY = "{\"test\": 2432232314}";
  private static final String PUBLISHED = "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void the_specifications_example_delivery_has_the_signature_it_publishes() {
    byte[] signature =
        StandardWebhookResource.signature(
            StandardWebhookSecrets.key(SECRET),
            ID,
            TIMESTAMP,
            BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(PUBLISHED);
  }

  @Test
  void one_changed_byte_of_the_body_no_longer_matches() {
    byte[] signature =
        StandardWebhookResource.signature(
            StandardWebhookSecrets.key(SECRET),
            ID,
            TIMESTAMP,
            "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8));

    assertThat(Base64.getEncoder().encodeToString(signature)).isNotEqualTo(PUBLISHED);
  }
}
