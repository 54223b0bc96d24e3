package io.careroute.devtools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints an RS256 token signed with the repository's dev key, trusted only in the dev, test and
 * demo profiles. Uses the JDK alone, so {@code bin/careroute token} runs it as a source file.
 *
 * <p>Usage: {@code DevToken --sub alice --groups agent,supervisor [--ttl-minutes 480]}
 */
public final class DevToken {

  /** The issuer the dev, test and demo profiles expect. */
  public static final String ISSUER = "careroute-dev";

  /** The audience the dev, test and demo profiles expect. */
  public static final String AUDIENCE = "careroute";

  static final Path DEFAULT_KEY = Path.of("src/test/resources/dev-keys/private-key.pem");

  private DevToken() {}

  public static void main(String[] args) throws Exception {
    String sub = null;
    String groups = "agent";
    long ttlMinutes = 8 * 60;
    Path key = DEFAULT_KEY;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--sub" -> sub = value;
        case "--groups" -> groups = value;
        case "--ttl-minutes" -> ttlMinutes = Long.parseLong(value);
        case "--key" -> key = Path.of(value);
        default -> {
          System.err.println("usage: token --sub ID [--groups g1,g2] [--ttl-minutes N]");
          System.exit(2);
        }
      }
      i++;
    }
    if (sub == null || sub.isBlank() || groups == null) {
      System.err.println("usage: token --sub ID [--groups g1,g2] [--ttl-minutes N]");
      System.exit(2);
    }
    List<String> groupList = Arrays.stream(groups.split(",")).map(String::trim).toList();
    System.out.println(sign(Files.readString(key), sub, groupList, Duration.ofMinutes(ttlMinutes)));
  }

  /** A token for this subject and these groups, signed with the dev key on the classpath. */
  public static String forSubject(String sub, String... groups) {
    try (var in = DevToken.class.getResourceAsStream("/dev-keys/private-key.pem")) {
      String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return sign(pem, sub, List.of(groups), Duration.ofHours(1));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot sign a dev token", e);
    }
  }

  /** Signs a JWT with RS256: header and claims in base64url, then the signature over both. */
  public static String sign(String privateKeyPem, String sub, List<String> groups, Duration ttl)
      throws Exception {
    Instant now = Instant.now();
    String claims =
        "{\"iss\":\""
            + ISSUER
            + "\",\"aud\":\""
            + AUDIENCE
            + "\",\"sub\":"
            + quote(sub)
            + ",\"upn\":"
            + quote(sub)
            + ",\"groups\":["
            + groups.stream().map(DevToken::quote).collect(Collectors.joining(","))
            + "],\"iat\":"
            + now.getEpochSecond()
            + ",\"exp\":"
            + now.plus(ttl).getEpochSecond()
            + ",\"jti\":\""
            + java.util.UUID.randomUUID()
            + "\"}";
    return signClaims(privateKeyPem, claims);
  }

  /** Signs these exact claims (a JSON object) with RS256, for tests of odd or hostile tokens. */
  public static String signClaims(String privateKeyPem, String claims) throws Exception {
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(privateKey(privateKeyPem));
    signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + b64.encodeToString(signature.sign());
  }

  /** The dev key's private half, from the classpath. */
  public static String devPrivateKey() {
    try (var in = DevToken.class.getResourceAsStream("/dev-keys/private-key.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the dev key", e);
    }
  }

  private static PrivateKey privateKey(String pem) throws Exception {
    String base64 = pem.replaceAll("-----[A-Z ]+-----|\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
