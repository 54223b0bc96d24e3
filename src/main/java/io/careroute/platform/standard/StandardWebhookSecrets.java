package io.careroute.platform.standard;

import io.careroute.config.CarerouteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured Standard Webhooks sources and their signing keys, read once at start. */
@ApplicationScoped
public class StandardWebhookSecrets {

  private final Map<String, byte[]> keys = new HashMap<>();

  StandardWebhookSecrets(CarerouteConfig config) {
    for (String pair : config.webhooks().genericSources().orElse(List.of())) {
      int equals = pair.indexOf('=');
      if (equals <= 0 || equals == pair.length() - 1) {
        throw new IllegalArgumentException(
            "careroute.webhooks.generic-sources takes name=secret pairs");
      }
      keys.put(pair.substring(0, equals).trim(), key(pair.substring(equals + 1).trim()));
    }
  }

  /** The key of this source, if it is configured. */
  public Optional<byte[]> keyOf(String source) {
    return Optional.ofNullable(keys.get(source));
  }

  /** A {@code whsec_} secret is base64 of the key bytes; any other text is used as it is. */
  static byte[] key(String secret) {
    if (secret.startsWith("whsec_")) {
      return Base64.getDecoder().decode(secret.substring(6));
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
