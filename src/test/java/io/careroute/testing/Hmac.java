package io.careroute.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test deliveries the way each platform does, independently of the code under test. */
public final class Hmac {

  private Hmac() {}

  public static byte[] sha256(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String base64(String key, String data) {
    return Base64.getEncoder().encodeToString(sha256(key.getBytes(StandardCharsets.UTF_8), data));
  }

  public static String hex(String key, String data) {
    return HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8), data));
  }
}
