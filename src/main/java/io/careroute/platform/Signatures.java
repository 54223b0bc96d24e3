package io.careroute.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over exact bytes, and comparisons that take the same time whatever they find. */
public final class Signatures {

  private Signatures() {}

  /** HMAC-SHA256 of the parts, in order, under this key. */
  public static byte[] hmacSha256(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** HMAC-SHA256 under a secret given as text. */
  public static byte[] hmacSha256(String key, byte[]... parts) {
    return hmacSha256(key.getBytes(StandardCharsets.UTF_8), parts);
  }

  /** Whether the presented signature equals the expected one, in constant time. */
  public static boolean matches(byte[] expected, byte[] presented) {
    return presented != null && MessageDigest.isEqual(expected, presented);
  }
}
